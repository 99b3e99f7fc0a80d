import { randomInt } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import { loadConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, createPlatformOperator, login, operatorLogin } from '../../../test/identity.js';
import { createTenant } from '../../../test/tenants.js';
import { AppModule } from '../../app.module.js';
import { configureHttpApp } from '../../http-app.js';
import { JobQueues } from './job-queues.js';
import { QUEUE_BOARD_AUTHORIZER, type QueueBoardAuthorizer } from './queue-board.authorizer.js';

const prefix = `${process.env.QUEUE_PREFIX}-board-${randomInt(1_000_000)}`;

describe('job queue board', () => {
  describe('with the product authorizer (platform operators only)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi({ QUEUE_PREFIX: prefix });
    });
    afterAll(() => api.close());

    it('asks for sign-in (401) when the request carries no credentials', async () => {
      for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
        const res = await fetch(`${api.url}${path}`, { headers: { 'accept-language': 'en' } });
        expect(res.status, path).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string; reason: string } }[] };
        expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'QUEUE_BOARD_SIGN_IN' });
        expect(body.errors[0].message).toMatch(/operator/);
      }
    });

    it('refuses (403) a forged token and a tenant operator, who must not see other provinces\' jobs', async () => {
      const people = await createPeople();
      const tenantOperator = await login(api, people.tenant, people.users.operator.loginName);
      for (const token of ['anything', tenantOperator.accessToken]) {
        const res = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${token}`, 'x-tenant': people.tenant.code } });
        expect(res.status).toBe(403);
        const body = (await res.json()) as { errors: { extensions: { code: string; reason: string } }[] };
        expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'QUEUE_BOARD_FORBIDDEN' });
      }
    });

    it('opens for a platform operator\'s token', async () => {
      const operator = await createPlatformOperator();
      const token = await operatorLogin(api, operator.loginName);
      const res = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name)).toContain('maintenance');
    });
  });

  describe('with an authorizer that lets operators in', () => {
    let app: NestExpressApplication;
    let url: string;
    const operatorsOnly: QueueBoardAuthorizer = { authorize: (req: Request) => req.header('authorization') === 'Bearer operator' };

    beforeAll(async () => {
      const config = loadConfig({ ...process.env, QUEUE_PREFIX: prefix });
      const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
        .overrideProvider(QUEUE_BOARD_AUTHORIZER)
        .useValue(operatorsOnly)
        .compile();
      app = await configureHttpApp(moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true }), config);
      await app.listen(0, '127.0.0.1');
      url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    });
    afterAll(async () => {
      for (const q of app.get(JobQueues).all()) await q.obliterate({ force: true });
      await app.close();
    });

    it('serves the board and its queues, with their jobs, to an operator', async () => {
      const tenant = await createTenant();
      const jobId = await app.get(JobQueues).enqueue('maintenance.housekeeping', { tenantId: tenant.id });

      const page = await fetch(`${url}/admin/queues`, { headers: { authorization: 'Bearer operator' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);

      const res = await fetch(`${url}/admin/queues/api/queues?activeQueue=maintenance&status=waiting&page=1`, { headers: { authorization: 'Bearer operator' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { queues: { name: string; counts: Record<string, number>; jobs: { id: string }[] }[] };
      const maintenance = body.queues.find((q) => q.name === 'maintenance');
      expect(maintenance?.counts.waiting).toBe(1);
      expect(maintenance?.jobs.map((j) => j.id)).toContain(jobId);
    });

    it('still refuses anyone the authorizer does not allow', async () => {
      const res = await fetch(`${url}/admin/queues/api/queues`, { headers: { authorization: 'Bearer supplier' } });
      expect(res.status).toBe(403);
    });
  });
});
