import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertOrganisation } from '../../../test/mall.js';
import { insertSupplierOrganisation } from '../../../test/oversight.js';
import { insertSourcingOrder } from '../../../test/sourcing-orders.js';
import { insertOrderAt, insertTaggedListing } from '../../../test/statistics.js';
import { asOwner, createTenant } from '../../../test/tenants.js';

/** Asia/Shanghai is UTC+8. */
const MAR_10 = new Date('2025-03-10T02:00:00Z');
const APR_1_LOCAL = new Date('2025-03-31T16:30:00Z');
const PERIOD = { from: '2025-03', to: '2025-04' };

describe('statistics count orders awarded from inquiries and reverse auctions', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let token: string;
  let small: string;
  let large: string;
  let otherUnit: string;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    await seedCategories(people.tenant.id);
    token = (await login(api, people.tenant, people.users.finance.loginName)).accessToken;
    const t = people.tenant.id;
    small = people.organisations.supplier.id;
    large = await insertSupplierOrganisation(t);
    otherUnit = await insertOrganisation(t);
    await asOwner(t, async (c) => {
      await c.query(`update organisation set enterprise_size = 'small' where id = $1`, [small]);
      await c.query(`update organisation set enterprise_size = 'large' where id = $1`, [large]);
    });
    const unit = people.organisations.purchasing_unit.id;
    const buyerUserId = people.users.purchaser.id;
    // A catalogue order of ¥1,000 in March.
    const desk = await insertTaggedListing(t, large, 'A060201');
    await insertOrderAt(people, { state: 'accepted', placedAt: MAR_10, supplierId: large, lines: [{ listingId: desk, unitPriceFen: 100_000n, quantity: 1, acceptedQuantity: 1 }] });
    // Inquiry award ¥60,000 in March (A06, small supplier); reverse auction award ¥80,000 in April local time (A02), for another unit.
    await insertSourcingOrder(t, { origin: 'inquiry', unitId: unit, buyerUserId, supplierId: small, categoryCode: 'A06020101', amountFen: 6_000_000n, placedAt: MAR_10, acceptedQuantity: 1 });
    await insertSourcingOrder(t, { origin: 'auction', unitId: otherUnit, buyerUserId, supplierId: large, categoryCode: 'A02010104', amountFen: 8_000_000n, placedAt: APR_1_LOCAL, state: 'confirmed' });
    // Not spending: a cancelled inquiry order, and an award order the supplier has not confirmed.
    await insertSourcingOrder(t, { origin: 'inquiry', unitId: unit, buyerUserId, supplierId: small, categoryCode: 'A06020101', amountFen: 5_000_000n, placedAt: MAR_10, state: 'cancelled' });
    await insertSourcingOrder(t, { origin: 'auction', unitId: unit, buyerUserId, supplierId: small, categoryCode: null, amountFen: 5_000_000n, placedAt: MAR_10, state: 'placed' });
  });
  afterAll(() => api.close());

  const gql = async (query: string, variables: object = {}) => (await api.gql(query, { variables, headers: headers(people.tenant, token) })).body;
  const SPENDING = `query ($p: StatisticsPeriodInput!, $by: SpendingDimension!, $f: StatisticsFilterInput) { spendingStatistics(period: $p, by: $by, filter: $f) { total rows { month key amount records } } }`;

  it('spending by month and by unit includes the award orders', async () => {
    const byUnit = (await gql(SPENDING, { p: PERIOD, by: 'UNIT' })).data?.spendingStatistics;
    expect(byUnit).toEqual({
      total: '141000.00',
      rows: [
        { month: '2025-03', key: people.organisations.purchasing_unit.id, amount: '61000.00', records: 2 },
        { month: '2025-04', key: otherUnit, amount: '80000.00', records: 1 },
      ],
    });
    const byMethod = (await gql(SPENDING, { p: PERIOD, by: 'METHOD' })).data?.spendingStatistics;
    expect(byMethod.rows).toEqual([{ month: '2025-03', key: 'mall', amount: '61000.00', records: 2 }, { month: '2025-04', key: 'mall', amount: '80000.00', records: 1 }]);
  });

  it('by category and the category filter use the inquiry\'s or the auction\'s category', async () => {
    const byCategory = (await gql(SPENDING, { p: PERIOD, by: 'CATEGORY' })).data?.spendingStatistics;
    expect(byCategory.rows.map((r: { month: string; key: string; amount: string }) => [r.month, r.key, r.amount])).toEqual([['2025-03', 'A06', '61000.00'], ['2025-04', 'A02', '80000.00']]);
    expect((await gql(SPENDING, { p: PERIOD, by: 'UNIT', f: { categoryCode: 'A02' } })).data?.spendingStatistics.total).toBe('80000.00');
  });

  it('policy shares count them (SME from the supplier; no product labels)', async () => {
    const body = await gql(`query ($p: StatisticsPeriodInput!) { policyShareStatistics(period: $p) { total { total sme green } } }`, { p: PERIOD });
    expect(body.data?.policyShareStatistics.total).toEqual({ total: '141000.00', sme: '60000.00', green: '0.00' });
  });
});
