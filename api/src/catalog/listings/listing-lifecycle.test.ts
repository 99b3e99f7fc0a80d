import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { deskInput, desktopInput, seedCategories, VALID_CERT } from '../../../test/catalog.js';
import { newId } from '@zhengcai/schema';
import { createPeople, headers, login, type PeopleFixture, randomUscc, testPasswordHash } from '../../../test/identity.js';
import { asOwner, contextFor } from '../../../test/tenants.js';
import { ListingQueries, PRICE_HISTORY_SHOWN } from './listing.queries.js';

const FIELDS = `id state price stock supplierId categoryCode title description rejectionReason delistedBy delistReason
  policyTags { tag certificateNo validUntil valid } priceHistory { price previousPrice changedAt }`;
const CREATE = `mutation ($input: ListingInput!) { createListing(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${FIELDS} } }`;
const act = (name: string, args = '') => `mutation ($id: ID!${args ? `, ${args}` : ''}) { ${name}(id: $id${args ? `, ${args.split(',').map((a) => a.trim().split(':')[0].slice(1)).map((n) => `${n}: $${n}`).join(', ')}` : ''}) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { listing(id: $id) { ${FIELDS} } }`;
const QUEUE = `query ($first: Int, $after: String) { listingApprovalQueue(first: $first, after: $after) { nodes { id submittedAt } pageInfo { hasNextPage endCursor } } }`;

interface Listing { id: string; state: string; price: string; stock: number; priceHistory: { price: string; previousPrice: string | null }[]; [k: string]: unknown }
interface Failure { code?: string; reason?: string; field?: string; message: string }

describe('listings: life cycle, approval rules, price history, bad input', () => {
  let api: TestApi;
  let zj: PeopleFixture;
  let supplier: string;
  let operator: string;
  let purchaser: string;

  beforeAll(async () => {
    api = await startApi();
    zj = await createPeople();
    await seedCategories(zj.tenant.id);
    [supplier, operator, purchaser] = (await Promise.all(['supplier', 'operator', 'purchaser'].map((k) => login(api, zj.tenant, zj.users[k as 'supplier'].loginName)))).map((s) => s.accessToken);
  });
  afterAll(() => api.close());

  async function call<T = Listing>(document: string, variables: object, token?: string, locale = 'en'): Promise<{ data?: T; error?: Failure }> {
    const { body } = await api.gql(document, { variables, headers: headers(zj.tenant, token, { 'accept-language': locale }) });
    const e = body.errors?.[0] as { message: string; extensions?: { code?: string; reason?: string; field?: string } } | undefined;
    const data = body.data ? (Object.values(body.data)[0] as T) : undefined;
    return { data: data ?? undefined, error: e && { code: e.extensions?.code, reason: e.extensions?.reason, field: e.extensions?.field, message: e.message } };
  }
  const ok = async <T = Listing>(document: string, variables: object, token: string): Promise<T> => {
    const r = await call<T>(document, variables, token);
    expect(r.error, JSON.stringify(r.error)).toBeUndefined();
    return r.data!;
  };
  const listingCount = () => asOwner(zj.tenant.id, async (c) => Number((await c.query('select count(*) from listing')).rows[0].count));

  it('goes draft → submitted → approved, records the first price, and shows it to buyers and the public', async () => {
    const draft = await ok(CREATE, { input: desktopInput({ price: '4999.50' }) }, supplier);
    expect(draft).toMatchObject({ state: 'DRAFT', price: '4999.50', priceHistory: [], policyTags: [{ tag: 'ENERGY_SAVING', valid: true }] });
    expect((await call(GET, { id: draft.id }, purchaser)).error?.reason).toBe('LISTING_NOT_FOUND');
    expect((await ok(act('submitListing'), { id: draft.id }, supplier)).state).toBe('SUBMITTED');
    const queue = await ok<{ nodes: { id: string }[] }>(QUEUE, { first: 100 }, operator);
    expect(queue.nodes.map((n) => n.id)).toContain(draft.id);
    const approved = await ok(act('approveListing'), { id: draft.id }, operator);
    expect(approved).toMatchObject({ state: 'APPROVED', priceHistory: [{ price: '4999.50', previousPrice: null }] });
    for (const token of [purchaser, undefined]) {
      expect((await ok(GET, { id: draft.id }, token as string)).priceHistory).toEqual([expect.objectContaining({ price: '4999.50' })]);
    }
  });

  it('keeps every price change of an approved listing, and changes stock', async () => {
    const l = await approvedDesk('1000.00');
    await ok(act('changeListingPrice', '$price: Money!'), { id: l.id, price: '950.00' }, supplier);
    const after = await ok(act('changeListingPrice', '$price: Money!'), { id: l.id, price: '990.10' }, supplier);
    expect(after.priceHistory.map((h) => [h.price, h.previousPrice])).toEqual([['1000.00', null], ['950.00', '1000.00'], ['990.10', '950.00']]);
    expect((await ok(act('changeListingStock', '$stock: Int!'), { id: l.id, stock: 7 }, supplier)).stock).toBe(7);
    expect((await ok(GET, { id: l.id }, purchaser)).price).toBe('990.10');
    const bad = await call(act('changeListingPrice', '$price: Money!'), { id: l.id, price: '0.00' }, supplier);
    expect(bad.error).toMatchObject({ reason: 'PRICE_NOT_POSITIVE', field: 'price' });
  });

  it('shows the latest 100 price changes of a long history, oldest first', async () => {
    const l = await approvedDesk('1000.00');
    // 120 earlier changes, a minute apart, written straight into the history.
    await asOwner(zj.tenant.id, (c) =>
      c.query(
        `insert into listing_price_change (id, tenant_id, listing_id, price_fen, previous_price_fen, created_at)
         select gen_random_uuid(), $1, $2, 100000 + n, 100000 + n - 1, now() - interval '1 day' + n * interval '1 minute' from generate_series(1, 120) n`,
        [zj.tenant.id, l.id],
      ),
    );
    const after = await ok(act('changeListingPrice', '$price: Money!'), { id: l.id, price: '1200.00' }, supplier);
    expect(after.priceHistory).toHaveLength(PRICE_HISTORY_SHOWN);
    expect(after.priceHistory.at(-1)).toMatchObject({ price: '1200.00' });
    // 122 changes (120 written, the approval, the new price): the oldest 22 are left out.
    expect(after.priceHistory[0]).toMatchObject({ price: '1000.23' });
    expect((await ok(GET, { id: l.id }, purchaser)).priceHistory).toEqual(after.priceHistory);
  });

  it('rejects with a reason, lets the supplier fix and resubmit; delists by supplier and by operator; resubmits a delisted listing', async () => {
    const l = await ok(CREATE, { input: deskInput() }, supplier);
    await ok(act('submitListing'), { id: l.id }, supplier);
    expect((await call(act('rejectListing', '$reason: String!'), { id: l.id, reason: ' ' }, operator)).error).toMatchObject({ reason: 'REASON_REQUIRED', field: 'reason' });
    const rejected = await ok(act('rejectListing', '$reason: String!'), { id: l.id, reason: '图片与商品不符' }, operator);
    expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReason: '图片与商品不符' });
    expect((await ok(UPDATE, { id: l.id, input: deskInput({ price: '1300.00' }) }, supplier)).state).toBe('REJECTED');
    await ok(act('resubmitListing'), { id: l.id }, supplier);
    const approved = await ok(act('approveListing'), { id: l.id }, operator);
    expect(approved).toMatchObject({ state: 'APPROVED', rejectionReason: null, priceHistory: [{ price: '1300.00' }] });
    expect(await ok(act('delistListing', '$reason: String'), { id: l.id, reason: '停产' }, supplier)).toMatchObject({ state: 'DELISTED', delistedBy: 'SUPPLIER', delistReason: '停产' });
    await ok(act('resubmitListing'), { id: l.id }, supplier);
    await ok(act('approveListing'), { id: l.id }, operator);
    expect(await ok(act('operatorDelistListing', '$reason: String!'), { id: l.id, reason: '价格异常' }, operator)).toMatchObject({ state: 'DELISTED', delistedBy: 'OPERATOR' });
    expect((await call(GET, { id: l.id }, purchaser)).error?.reason).toBe('LISTING_NOT_FOUND');
    const audited = await asOwner(zj.tenant.id, async (c) => (await c.query<{ action: string }>('select action from audit_entry where subject_id = $1 order by seq', [l.id])).rows.map((r) => r.action));
    expect(audited).toEqual([
      'catalog.listing.create', 'catalog.listing.submit', 'catalog.listing.reject', 'catalog.listing.edit', 'catalog.listing.resubmit', 'catalog.listing.approve',
      'catalog.listing.delist', 'catalog.listing.resubmit', 'catalog.listing.approve', 'catalog.listing.delist',
    ]);
  });

  it('refuses illegal transitions, naming the state and the action', async () => {
    const l = await ok(CREATE, { input: deskInput() }, supplier);
    const approve = await call(act('approveListing'), { id: l.id }, operator);
    expect(approve.error).toMatchObject({ code: 'CONFLICT', reason: 'LISTING_TRANSITION_NOT_ALLOWED', message: 'The listing is draft: "approve" is not allowed in that state.' });
    const zh = await call(act('changeListingPrice', '$price: Money!'), { id: l.id, price: '9.00' }, supplier, 'zh-CN');
    expect(zh.error?.message).toBe('商品当前状态为“草稿”，不能执行“调价”。');
    expect((await call(act('resubmitListing'), { id: l.id }, supplier)).error?.reason).toBe('LISTING_TRANSITION_NOT_ALLOWED');
    await ok(act('submitListing'), { id: l.id }, supplier);
    expect((await call(UPDATE, { id: l.id, input: deskInput() }, supplier)).error?.reason).toBe('LISTING_TRANSITION_NOT_ALLOWED');
    expect((await call(act('submitListing'), { id: l.id }, supplier)).error?.reason).toBe('LISTING_TRANSITION_NOT_ALLOWED');
  });

  it('requires a valid 节能产品 certificate in a mandatory energy-saving category, and refuses one that expired meanwhile', async () => {
    const without = await ok(CREATE, { input: desktopInput({ policyTags: [] }) }, supplier);
    expect((await call(act('submitListing'), { id: without.id }, supplier)).error).toMatchObject({ reason: 'ENERGY_SAVING_CERTIFICATE_REQUIRED', field: 'policyTags' });
    const withCert = await ok(CREATE, { input: desktopInput() }, supplier);
    await ok(act('submitListing'), { id: withCert.id }, supplier);
    // The certificate runs out while the listing waits in the queue.
    await asOwner(zj.tenant.id, (c) => c.query(`update listing set policy_tags = jsonb_set(policy_tags, '{0,validUntil}', '"2020-01-01"') where id = $1`, [withCert.id]));
    expect((await call(act('approveListing'), { id: withCert.id }, operator)).error).toMatchObject({ reason: 'POLICY_CERTIFICATE_EXPIRED', field: 'policyTags[0].validUntil' });
    expect((await ok(GET, { id: withCert.id }, operator)).state).toBe('SUBMITTED');
  });

  it('stops a blocked supplier from submitting until an operator unblocks it', async () => {
    const l = await ok(CREATE, { input: deskInput() }, supplier);
    const BLOCK = `mutation ($o: ID!, $b: Boolean!) { setSupplierIntegrityBlocked(organisationId: $o, blocked: $b, reason: "诚信记录不良") { integrityBlocked } }`;
    expect(await ok(BLOCK, { o: zj.organisations.supplier.id, b: true }, operator)).toEqual({ integrityBlocked: true });
    expect((await call(act('submitListing'), { id: l.id }, supplier)).error).toMatchObject({ code: 'FORBIDDEN', reason: 'SUPPLIER_BLOCKED' });
    const STANDING = `query ($id: ID!) { listing(id: $id) { supplierIntegrityBlocked supplierRegionCode } }`;
    expect(await ok(STANDING, { id: l.id }, supplier)).toEqual({ supplierIntegrityBlocked: true, supplierRegionCode: zj.organisations.supplier.uscc!.slice(2, 8) });
    expect(await listingStateOf(l.id)).toBe('draft');
    expect((await call(BLOCK, { o: zj.organisations.purchasing_unit.id, b: true }, operator)).error?.reason).toBe('SUPPLIER_NOT_FOUND');
    await ok(BLOCK, { o: zj.organisations.supplier.id, b: false }, operator);
    expect((await ok<{ supplierIntegrityBlocked: boolean }>(STANDING, { id: l.id }, supplier)).supplierIntegrityBlocked).toBe(false);
    expect((await ok(act('submitListing'), { id: l.id }, supplier)).state).toBe('SUBMITTED');
  });

  it('allows the SME tag only after the supplier declares an SME size', async () => {
    const input = deskInput({ policyTags: [{ tag: 'SME' }] });
    expect((await call(CREATE, { input }, supplier)).error).toMatchObject({ reason: 'SME_NOT_DECLARED', field: 'policyTags[0].tag' });
    await ok(`mutation { declareEnterpriseSize(size: SMALL) { enterpriseSize } }`, {}, supplier);
    expect((await ok(CREATE, { input }, supplier)).policyTags).toEqual([{ tag: 'SME', certificateNo: null, validUntil: null, valid: true }]);
  });

  it('refuses bad input with a specific reason at the field, and saves nothing', async () => {
    const before = await listingCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ price: '0.00' }, 'PRICE_NOT_POSITIVE', 'price'],
      [{ price: '-5.00' }, 'PRICE_NOT_POSITIVE', 'price'],
      [{ price: '12.345' }, 'MONEY_FORMAT', 'price'],
      [{ categoryCode: 'A99999999' }, 'CATEGORY_NOT_FOUND', 'categoryCode'],
      [{ policyTags: [{ tag: 'ENVIRONMENTAL_LABEL', ...VALID_CERT, validUntil: '2021-06-30' }] }, 'POLICY_CERTIFICATE_EXPIRED', 'policyTags[0].validUntil'],
      [{ policyTags: [{ tag: 'ENVIRONMENTAL_LABEL', certificateNo: 'X1' }] }, 'POLICY_CERTIFICATE_REQUIRED', 'policyTags[0].issuer'],
      [{ policyTags: [{ tag: 'FIRST_OF_KIND', ...VALID_CERT, validUntil: '2099-02-30' }] }, 'DATE_FORMAT', 'policyTags[0].validUntil'],
      [{ title: '长'.repeat(121) }, 'TEXT_LENGTH', 'title'],
      [{ description: 'x'.repeat(5001) }, 'TEXT_LENGTH', 'description'],
      [{ description: 'a\u0000b' }, 'TEXT_CONTROL_CHARACTERS', 'description'],
      [{ stock: -1 }, 'STOCK_INVALID', 'stock'],
      [{ deliveryRegionCodes: ['3301'] }, 'REGION_CODE_FORMAT', 'deliveryRegionCodes[0]'],
      [{ imageUrls: ['javascript:alert(1)'] }, 'IMAGE_URL_INVALID', 'imageUrls[0]'],
      [{ warrantyMonths: 121 }, 'WARRANTY_INVALID', 'warrantyMonths'],
    ];
    for (const [override, reason, field] of cases) {
      const r = await call(CREATE, { input: deskInput(override) }, supplier);
      expect(r.error, JSON.stringify(override).slice(0, 80)).toMatchObject({ reason, field });
    }
    const zh = await call(CREATE, { input: deskInput({ title: '长'.repeat(121) }) }, supplier, 'zh-CN');
    expect(zh.error?.message).toBe('“商品名称”须为 2 到 120 个字符，收到 121 个。');
    expect(await listingCount()).toBe(before);
  });

  it('stores markup in descriptions as plain text, exactly as given', async () => {
    const description = '<script>alert("x")</script><b>加粗</b> & 5 > 3';
    const l = await ok(CREATE, { input: deskInput({ description }) }, supplier);
    expect(l.description).toBe(description);
    expect((await ok(GET, { id: l.id }, supplier)).description).toBe(description);
  });

  it("hides another supplier's listing from a supplier's changes", async () => {
    const loginName = `other-supplier-${zj.tenant.slug}`;
    await asOwner(zj.tenant.id, async (c) => {
      const org = newId();
      await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', '另一家供应商', $3)`, [org, zj.tenant.id, randomUscc()]);
      await c.query(`insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, '另一销售', $5, '{supplier}')`, [newId(), zj.tenant.id, org, loginName, await testPasswordHash()]);
    });
    const token = (await login(api, zj.tenant, loginName)).accessToken;
    const l = await ok(CREATE, { input: deskInput() }, supplier);
    expect((await call(act('submitListing'), { id: l.id }, token)).error?.reason).toBe('LISTING_NOT_FOUND');
    expect((await call(GET, { id: l.id }, token)).error?.reason).toBe('LISTING_NOT_FOUND');
  });

  it('pages the approval queue oldest submission first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const l = await ok(CREATE, { input: deskInput() }, supplier);
      await ok(act('submitListing'), { id: l.id }, supplier);
      ids.push(l.id);
    }
    const seen: { id: string; submittedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: { id: string; submittedAt: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = await ok(QUEUE, { first: 2, after }, operator);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const times = seen.map((s) => s.submittedAt);
    expect(times).toEqual([...times].sort());
    const order = seen.map((s) => s.id).filter((id) => ids.includes(id));
    expect(order).toEqual(ids);
  });

  it('gives search a snapshot: path codes, price, valid tags, supplier and region', async () => {
    const l = await approvedDesktop();
    const queries = api.app.get(ListingQueries);
    const snap = await queries.snapshot(contextFor(zj.tenant, { roles: ['system'] }), l.id);
    expect(snap).toMatchObject({
      listingId: l.id, tenantId: zj.tenant.id, state: 'approved', priceFen: 499_900n,
      category: { code: 'A02010104', pathCodes: ['A', 'A02', 'A0201', 'A020101', 'A02010104'], energySavingMandatory: true },
      policyTags: ['energy_saving'],
      supplier: { id: zj.organisations.supplier.id, name: zj.organisations.supplier.name, regionCode: zj.organisations.supplier.uscc!.slice(2, 8) },
    });
    expect(await queries.snapshot(contextFor(zj.tenant), '00000000-0000-7000-8000-000000000000')).toBeNull();
  });

  async function approvedDesk(price: string): Promise<Listing> {
    const l = await ok(CREATE, { input: deskInput({ price }) }, supplier);
    await ok(act('submitListing'), { id: l.id }, supplier);
    return ok(act('approveListing'), { id: l.id }, operator);
  }
  async function approvedDesktop(): Promise<Listing> {
    const l = await ok(CREATE, { input: desktopInput() }, supplier);
    await ok(act('submitListing'), { id: l.id }, supplier);
    return ok(act('approveListing'), { id: l.id }, operator);
  }
  function listingStateOf(id: string) {
    return asOwner(zj.tenant.id, async (c) => (await c.query<{ state: string }>('select state from listing where id = $1', [id])).rows[0]?.state);
  }
});
