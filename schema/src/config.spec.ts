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
