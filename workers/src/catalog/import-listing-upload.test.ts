import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { UPLOAD_COLUMNS } from '@zhengcai/api/catalog/bulk-upload/upload-columns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../api/test/app.js';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../api/test/identity.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

/**
 * The API stores an upload's rows and publishes `catalog.listing-upload.started` in the same
 * transaction; the `catalog.import-listing-upload` job imports them. (Resuming and concurrent
 * deliveries are covered beside the service, in api/src/catalog/bulk-upload.)
 */
describe('catalog.import-listing-upload', () => {
  const config = testConfig(uniquePrefix('import-upload'));
  let app: INestApplicationContext;
  let api: TestApi;
  let people: PeopleFixture;
  let supplier: string;

  beforeAll(async () => {
    people = await createPeople();
    await seedCategories(people.tenant.id);
    api = await startApi();
    supplier = (await login(api, people.tenant, people.users.supplier.loginName)).accessToken;
    app = await workerApp(config);
    await app.get(QueueWorkers).start();
  });
  afterAll(async () => {
    await closeAndClean(app);
    await api.close();
  });

  it('imports the rows of an upload as drafts and records the outcome', async () => {
    const values: Record<string, string> = {
      categoryCode: 'A060201', description: '钢木结构', price: '980.00', stock: '3', deliveryRegionCodes: '330100', warrantyMonths: '12',
    };
    const line = (title: string, over: Record<string, string> = {}) => {
      const row: Record<string, string> = { ...values, title, ...over };
      return UPLOAD_COLUMNS.map((c) => row[c.key] ?? '').join(',');
    };
    const csv = [UPLOAD_COLUMNS.map((c) => c.header).join(','), line('队列导入 办公椅'), line('队列导入 坏价格', { price: '-1' })].join('\n');
    const { body } = await api.gql(`mutation ($input: UploadListingsInput!) { uploadListings(input: $input) { id state } }`, {
      variables: { input: { fileName: 'queue.csv', contentBase64: Buffer.from(csv).toString('base64') } },
      headers: headers(people.tenant, supplier),
    });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const upload = body.data!.uploadListings as { id: string; state: string };
    expect(upload.state).toBe('PROCESSING');
    const events = await asOwner(people.tenant.id, (c) => c.query(`select type from outbox_event where payload->>'uploadId' = $1`, [upload.id]));
    expect(events.rows).toEqual([{ type: 'catalog.listing-upload.started' }]);

    const queues = app.get(JobQueues);
    const jobId = await queues.enqueue('catalog.import-listing-upload', { tenantId: people.tenant.id, uploadId: upload.id });
    await waitFor(async () => (await queues.queue('imports').getJobState(jobId)) === 'completed', 'the import job');
    expect((await queues.queue('imports').getJob(jobId))?.returnvalue).toEqual({ status: 'done', result: { batches: 1 } });

    const state = await asOwner(people.tenant.id, async (c) => ({
      upload: (await c.query(`select state, processed, imported, jsonb_array_length(row_errors) as errors from listing_upload where id = $1`, [upload.id])).rows[0],
      drafts: (await c.query(`select title, state from listing where title like '队列导入%'`)).rows,
    }));
    expect(state).toEqual({ upload: { state: 'done', processed: 2, imported: 1, errors: 1 }, drafts: [{ title: '队列导入 办公椅', state: 'draft' }] });
  });
});
