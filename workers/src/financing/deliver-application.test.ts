import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@zhengcai/schema';
import { startApi, type TestApi } from '../../../api/test/app.js';
import { insertListing, seedCategories } from '../../../api/test/catalog.js';
import { applicationRow, insertLender, postNotice, signAsLender, startLenderWebhook, verifyAsLender } from '../../../api/test/financing.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../api/test/identity.js';
import { insertOrder } from '../../../api/test/mall.js';
import { createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, workerApp } from '../../test/helpers.ts';
import { JobRunner } from '../runtime/job-runner.js';

const APPLY = `mutation ($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id } }`;

describe('financing.deliver-application: the signed package reaches the lender once; the lender answers with a signed notice', () => {
  let api: TestApi;
  let app: INestApplicationContext;
  let people: PeopleFixture;
  let token: string;
  let listingId: string;

  beforeAll(async () => {
    const tenant = await createTenant({ settings: { financing: { minOrderFen: '100000' } } });
    [api, app, people] = await Promise.all([startApi(), workerApp(testConfig(uniquePrefix('financing'))), createPeople(tenant)]);
    await seedCategories(people.tenant.id);
    listingId = await insertListing(people, 'approved');
    token = (await login(api, people.tenant, people.users.supplier.loginName)).accessToken;
  });
  afterAll(async () => {
    await closeAndClean(app);
    await api?.close();
  });

  const apply = async (lenderId: string) => {
    const { orderId } = await insertOrder(people, 'confirmed', listingId);
    const { body } = await api.gql(APPLY, { variables: { input: { subjectType: 'MALL_ORDER', subjectId: orderId, lenderId, amount: '1000.00', consent: true } }, headers: headers(people.tenant, token) });
    expect(body.errors).toBeUndefined();
    return (body.data!.applyForFinancing as { id: string }).id;
  };
  const job = (applicationId: string, attemptsMade = 0) => ({
    id: newId(), name: 'financing.deliver-application', queueName: 'notifications', attemptsMade, data: { tenantId: people.tenant.id, applicationId },
  });

  it('posts once even when two deliveries of the job run at once; the lender verifies it and approves with a signed notice', async () => {
    const webhook = await startLenderWebhook();
    try {
      const lender = await insertLender(people, webhook.url);
      const applicationId = await apply(lender.id);
      const runner = app.get(JobRunner);
      // Two jobs (a relay's repeat after the first was pruned): the second finds it delivered.
      const outcomes = await Promise.all([runner.run(job(applicationId)), runner.run(job(applicationId))]);
      expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
      expect(webhook.received).toHaveLength(1);
      const { headers: h, body } = webhook.received[0];
      expect(h['x-zhengcai-signature-alg']).toBe('SM2-SM3');
      expect(h['idempotency-key']).toBe(applicationId);
      expect(verifyAsLender(body, String(h['x-zhengcai-signature']), String(h['x-zhengcai-public-key']))).toBe(true);
      const key = (await api.gql(`{ financingPlatformKey { publicKey keyId } }`, { headers: headers(people.tenant) })).body.data!.financingPlatformKey as { publicKey: string; keyId: string };
      expect({ publicKey: h['x-zhengcai-public-key'], keyId: h['x-zhengcai-key-id'] }).toEqual(key);
      expect(JSON.parse(body)).toMatchObject({ applicationId, amountRequested: '1000.00' });
      expect(await applicationRow(people.tenant.id, applicationId)).toMatchObject({ delivery_attempts: 1, last_delivery_error: null });

      // The bank answers where the header told it to, signing with its own key.
      const notice = { noticeId: 'B-0001', applicationId, status: 'approved', amount: '1000.00', at: new Date().toISOString() };
      const res = await fetch(`${api.url}${h['x-zhengcai-notice-path']}`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': String(h['x-tenant']), 'x-lender-signature': signAsLender(notice, lender.privateKey) }, body: JSON.stringify(notice),
      });
      expect(res.status).toBe(200);
      expect((await applicationRow(people.tenant.id, applicationId))!.state).toBe('approved');
      const again = await postNotice(api, people.tenant.code, lender.id, notice, signAsLender(notice, lender.privateKey));
      expect(again).toMatchObject({ status: 200, body: { replay: true } });
    } finally {
      await webhook.close();
    }
  });

  it('records each failed attempt on the application and retries until the lender takes it', async () => {
    let answer = 503;
    const webhook = await startLenderWebhook(() => answer);
    try {
      const lender = await insertLender(people, webhook.url);
      const applicationId = await apply(lender.id);
      const runner = app.get(JobRunner);
      await expect(runner.run(job(applicationId))).rejects.toThrow(/HTTP 503/);
      expect(await applicationRow(people.tenant.id, applicationId)).toMatchObject({ delivery_attempts: 1, last_delivery_error: 'HTTP 503', delivered_at: null });
      answer = 200;
      await runner.run(job(applicationId, 1));
      const row = await applicationRow(people.tenant.id, applicationId);
      expect(row).toMatchObject({ delivery_attempts: 2, last_delivery_error: null });
      expect(row!.delivered_at).not.toBeNull();
      expect(webhook.received).toHaveLength(2);
    } finally {
      await webhook.close();
    }
  });
});
