import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactConfig } from './config.js';

const valid = { DATABASE_URL: 'postgres://app:secret-pw@db/zc', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('configuration', () => {
  it('fills defaults and coerces numbers', () => {
    const c = loadConfig({ ...valid, API_PORT: '4100' });
    expect(c).toMatchObject({ NODE_ENV: 'development', API_PORT: 4100, DATABASE_POOL_MAX: 10, GRAPHQL_MAX_DEPTH: 10 });
  });

  it('names every missing or invalid variable at once, hiding secret values', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x', API_PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/REDIS_URL is required/);
    expect(message).toMatch(/DATABASE_URL \(secret value hidden\): must be a postgres:\/\/ URL/);
    expect(message).toMatch(/API_PORT "eighty"/);
    expect(message).not.toContain('hunter2');
  });

  it('masks secrets for start-up logs', () => {
    const shown = redactConfig(loadConfig(valid));
    expect(shown.DATABASE_URL).toBe('***');
    expect(shown.REDIS_URL).toBe('***');
    expect(shown.API_PORT).toBe(4000);
  });
});

describe('identity configuration', () => {
  it('requires JWT_SECRET in production, and only there', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ ...valid, NODE_ENV: 'development' }).JWT_SECRET).toBeUndefined();
  });

  it('refuses a short secret without printing it', () => {
    try {
      loadConfig({ ...valid, JWT_SECRET: 'short-secret-value' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect(String(err)).toMatch(/JWT_SECRET \(secret value hidden\): must be at least 32 characters/);
      expect(String(err)).not.toContain('short-secret-value');
    }
  });

  it('masks the secret in start-up logs and has the documented defaults', () => {
    const c = loadConfig({ ...valid, JWT_SECRET: 'x'.repeat(40) });
    expect(redactConfig(c).JWT_SECRET).toBe('***');
    expect([c.ACCESS_TOKEN_TTL_SECONDS, c.REFRESH_TOKEN_TTL_DAYS, c.LOGIN_MAX_FAILURES_PER_ACCOUNT, c.LOGIN_MAX_FAILURES_PER_IP, c.LOGIN_FAILURE_WINDOW_SECONDS]).toEqual([900, 14, 5, 20, 900]);
  });
});

describe('payment configuration', () => {
  it('requires PAYMENT_SECRETS_KEY (32 bytes, base64) in production, masks it, and refuses a malformed one', () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40) })).toThrow(/PAYMENT_SECRETS_KEY is required/);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), PAYMENT_SECRETS_KEY: key }).PAYMENT_SECRETS_KEY).toBe(key);
    expect(redactConfig(loadConfig({ ...valid, PAYMENT_SECRETS_KEY: key })).PAYMENT_SECRETS_KEY).toBe('***');
    expect(() => loadConfig({ ...valid, PAYMENT_SECRETS_KEY: 'not-a-key' })).toThrow(/PAYMENT_SECRETS_KEY/);
  });
});
