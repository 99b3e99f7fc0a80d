import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { SearchService } from '@zhengcai/api/catalog/search/search.service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../api/test/app.js';
import { deskInput, seedCategories } from '../../../api/test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../api/test/identity.js';
import { asOwner, contextFor } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

const LISTING = `id state`;

/**
 * From a listing's change to what buyers find: the API publishes `catalog.listing.changed`
 * in the change's transaction, and the `search.index-listing` job brings the search document
 * in line with the listing as it now is. (The relay between the two is proven in outbox/.)
 */
describe('search.index-listing', () => {
  const config = testConfig(uniquePrefix('index-listing'));
  let app: INestApplicationContext;
  let api: TestApi;
  let people: PeopleFixture;
  let supplier: string;
  let operator: string;

  const gql = async (document: string, variables: object, token: string) => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, token) });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return Object.values(body.data!)[0] as { id: string; state: string };
  };
  // The search index follows catalog.listing.changed; price inspection's events are counted apart.
  const events = (listingId: string, type = 'catalog.listing.changed') =>
    asOwner(people.tenant.id, async (c) =>
      (await c.query<{ type: string }>(`select type from outbox_event where payload->>'listingId' = $1 and type = $2 order by id`, [listingId, type])).rows.map((r) => r.type),
    );
  const runIndexJob = async (listingId: string) => {
    const queues = app.get(JobQueues);
    const jobId = await queues.enqueue('search.index-listing', { tenantId: people.tenant.id, listingId });
    await waitFor(async () => (await queues.queue('search-index').getJobState(jobId)) === 'completed', 'the index job');
    return (await queues.queue('search-index').getJob(jobId))?.returnvalue as { result: { outcome: string } };
  };
  const find = (text: string) => app.get(SearchService).search(contextFor(people.tenant), { text });

  beforeAll(async () => {
    people = await createPeople();
    await seedCategories(people.tenant.id);
    api = await startApi();
    [supplier, operator] = (await Promise.all([login(api, people.tenant, people.users.supplier.loginName), login(api, people.tenant, people.users.operator.loginName)])).map((s) => s.accessToken);
    app = await workerApp(config);
    await app.get(QueueWorkers).start();
  });
  afterAll(async () => {
    await closeAndClean(app);
    await api.close();
  });

  it('indexes a listing once approved, follows its price, and removes it when delisted', async () => {
    const title = '人体工学办公桌 升降款';
    const draft = await gql(`mutation ($input: ListingInput!) { createListing(input: $input) { ${LISTING} } }`, { input: deskInput({ title, price: '2680.00' }) }, supplier);
    await gql(`mutation ($id: ID!) { submitListing(id: $id) { ${LISTING} } }`, { id: draft.id }, supplier);
    // Nothing buyers see has changed yet: no event.
    expect(await events(draft.id)).toEqual([]);

    await gql(`mutation ($id: ID!) { approveListing(id: $id) { ${LISTING} } }`, { id: draft.id }, operator);
    expect(await events(draft.id)).toEqual(['catalog.listing.changed']);
    expect((await runIndexJob(draft.id)).result).toEqual({ outcome: 'indexed' });
    const found = await find('升降办公桌');
    expect(found.hits.map((h) => [h.listingId, h.priceFen])).toEqual([[draft.id, 268_000n]]);

    await gql(`mutation ($id: ID!, $price: Money!) { changeListingPrice(id: $id, price: $price) { ${LISTING} } }`, { id: draft.id, price: '2499.00' }, supplier);
    expect(await events(draft.id)).toHaveLength(2);
    // Approval and the price change each ask price inspection to look at the listing again.
    expect(await events(draft.id, 'catalog.listing.price-changed')).toHaveLength(2);
    await runIndexJob(draft.id);
    expect((await find('升降办公桌')).hits.map((h) => h.priceFen)).toEqual([249_900n]);

    await gql(`mutation ($id: ID!) { delistListing(id: $id) { ${LISTING} } }`, { id: draft.id }, supplier);
    expect(await events(draft.id)).toHaveLength(3);
    expect((await runIndexJob(draft.id)).result).toEqual({ outcome: 'removed' });
    expect((await find('升降办公桌')).hits).toEqual([]);
  });

  it('is harmless when repeated or late: it always reflects the listing as it is now', async () => {
    const draft = await gql(`mutation ($input: ListingInput!) { createListing(input: $input) { ${LISTING} } }`, { input: deskInput({ title: '折叠会议桌' }) }, supplier);
    expect((await runIndexJob(draft.id)).result).toEqual({ outcome: 'removed' });
    expect((await find('折叠会议桌')).hits).toEqual([]);
  });
});
