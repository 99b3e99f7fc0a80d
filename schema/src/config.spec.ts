import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://a:b@127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('identity configuration', () => {
  it('requires JWT_SECRET in production, and only there', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).JWT_SECRET).toBeUndefined();
  });

  it('refuses a short secret without printing it', () => {
    try {
      loadConfig({ ...base, JWT_SECRET: 'short-secret-value' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect(String(err)).toMatch(/JWT_SECRET \(secret value hidden\): must be at least 32 characters/);
      expect(String(err)).not.toContain('short-secret-value');
    }
  });

  it('masks the secret in start-up logs and has the documented defaults', () => {
    const c = loadConfig({ ...base, JWT_SECRET: 'x'.repeat(40) });
    expect(redactConfig(c).JWT_SECRET).toBe('***');
    expect([c.ACCESS_TOKEN_TTL_SECONDS, c.REFRESH_TOKEN_TTL_DAYS, c.LOGIN_MAX_FAILURES_PER_ACCOUNT, c.LOGIN_MAX_FAILURES_PER_IP, c.LOGIN_FAILURE_WINDOW_SECONDS]).toEqual([900, 14, 5, 20, 900]);
  });
});
