import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';

describe('health endpoints', () => {
  const apis: TestApi[] = [];
  afterAll(() => Promise.all(apis.map((a) => a.close())));

  it('reports live, and ready when PostgreSQL and Redis answer', async () => {
    const api = await startApi();
    apis.push(api);
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('reports not ready (503) and which dependency is down', async () => {
    const api = await startApi({ REDIS_URL: 'redis://127.0.0.1:1' });
    apis.push(api);
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'up', redis: 'down' } });
  });
});
