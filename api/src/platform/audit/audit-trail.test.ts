import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture, type PersonKey } from '../../../test/identity.js';
import { asOwner, contextFor } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';

const FIELDS = `id seq occurredAt actorUserId actorName actorOrganisationId actorOrganisationName action subjectType subjectId change changeDigest changeCheck entryIntact`;
const LIST = `query ($filter: AuditEntryFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const ONE = `query ($id: ID!) { auditEntry(id: $id) { ${FIELDS} } }`;

interface Entry { id: string; seq: number; occurredAt: string; action: string; subjectType: string; subjectId: string; actorName: string | null; actorOrganisationName: string | null; change: string | null; changeCheck: string; entryIntact: boolean }
interface Page { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

describe('audit trail through GraphQL', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let other: PeopleFixture;
  let token: string;

  /** Appends one audited change as a person of the tenant, as a service would. */
  const audit = (by: PersonKey | null, action: string, subjectType: string, subjectId: string, change: unknown) => {
    const user = by && people.users[by];
    const ctx = contextFor(people.tenant, user ? { userId: user.id, organisationId: user.organisationId } : {});
    return api.app.get(TenantDb).transaction(ctx, async (_em, tx) => tx.audit({ action, subjectType, subjectId, change }));
  };
  const gql = async (document: string, variables: Record<string, unknown>) => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, token) });
    const e = body.errors?.[0] as { extensions?: { reason?: string; field?: string } } | undefined;
    return { data: body.data, reason: e?.extensions?.reason, field: e?.extensions?.field };
  };
  const list = async (filter: Record<string, unknown>, first?: number, after?: string) => {
    const r = await gql(LIST, { filter, first, after });
    if (r.reason) throw new Error(r.reason);
    return r.data!.auditEntries as Page;
  };
  const entryCount = () => asOwner(people.tenant.id, async (c) => (await c.query<{ n: number }>('select count(*)::int as n from audit_entry')).rows[0].n);

  beforeAll(async () => {
    [people, other] = await Promise.all([createPeople(), createPeople()]);
    api = await startApi();
    token = (await login(api, people.tenant, people.users.finance.loginName)).accessToken;
    await audit('operator', 'order.confirm', 'order', 'o-1', { state: { from: 'placed', to: 'confirmed' } });
    await audit('operator', 'order.ship', 'order', 'o-1', { state: { from: 'confirmed', to: 'shipped' }, amountFen: 12345678901234567890n });
    await audit('supplier', 'orderly.thing', 'thing', 't-1', { note: '不是订单' });
    await audit(null, 'order.close', 'order', 'o-2', { by: 'schedule' });
    for (let i = 0; i < 5; i++) await audit('operator', 'test.page', 'page', `p-${i}`, { i });
  });
  afterAll(() => api.close());

  it('pages newest first by seq with keyset cursors, without gaps or repeats', async () => {
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list({ subjectType: 'page' }, 2, after);
      seen.push(...page.nodes.map((n) => n.seq));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toHaveLength(5);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(5);
    // New entries after the first page do not shift later pages.
    const first = await list({ subjectType: 'page' }, 2);
    await audit('operator', 'test.page', 'page', 'p-late', { late: true });
    const second = await list({ subjectType: 'page' }, 2, first.pageInfo.endCursor!);
    expect(second.nodes.map((n) => n.seq)).toEqual(seen.slice(2, 4));
  });

  it('filters by subject, actor, action prefix and time, with the actors named', async () => {
    const bySubject = await list({ subjectType: 'order', subjectId: 'o-1' });
    expect(bySubject.nodes.map((n) => n.action)).toEqual(['order.ship', 'order.confirm']);
    expect(bySubject.nodes[0]).toMatchObject({ actorName: '测试operator', actorOrganisationName: expect.stringContaining('operator'), changeCheck: 'MATCHES', entryIntact: true });

    const byUser = await list({ actorUserId: people.users.supplier.id });
    expect(byUser.nodes.map((n) => n.action)).toEqual(['orderly.thing']);
    const byOrg = await list({ actorOrganisationId: people.users.supplier.organisationId });
    expect(byOrg.nodes.map((n) => n.subjectId)).toEqual(['t-1']);

    expect((await list({ action: 'order' })).nodes.map((n) => n.action)).toEqual(['order.close', 'order.ship', 'order.confirm']);
    expect((await list({ action: 'order.' })).nodes.map((n) => n.action)).toEqual(['order.close', 'order.ship', 'order.confirm']);
    expect((await list({ action: 'order.ship' })).nodes.map((n) => n.action)).toEqual(['order.ship']);
    expect((await list({ action: 'ord%' })).nodes).toEqual([]);

    const system = (await list({ subjectId: 'o-2' })).nodes[0];
    expect(system).toMatchObject({ actorName: null, actorOrganisationName: null });

    const all = (await list({ action: 'order' })).nodes;
    const [close, , confirm] = all;
    await asOwner(people.tenant.id, async (c) => {
      await c.query(`update audit_entry set occurred_at = '2030-01-01T00:00:00Z' where id = $1`, [close.id]);
      await c.query(`update audit_entry set occurred_at = '2020-01-01T00:00:00Z' where id = $1`, [confirm.id]);
    });
    expect((await list({ action: 'order', from: '2025-01-01T00:00:00Z', to: '2029-12-31T00:00:00Z' })).nodes.map((n) => n.action)).toEqual(['order.ship']);
    expect((await list({ action: 'order', from: '2030-01-01T00:00:00Z' })).nodes.map((n) => n.action)).toEqual(['order.close']);
    expect((await list({ action: 'order', to: '2020-01-01T00:00:00Z' })).nodes.map((n) => n.action)).toEqual(['order.confirm']);
  });

  it('shows one entry with its change, exact to the fen, and whether it still matches its digest', async () => {
    const [ship] = (await list({ action: 'order.ship' })).nodes;
    const one = (await gql(ONE, { id: ship.id })).data!.auditEntry as Entry;
    expect(JSON.parse(one.change!)).toMatchObject({ state: { from: 'confirmed', to: 'shipped' } });
    expect(one.change).toContain('"amountFen":12345678901234567890');
    expect(one).toMatchObject({ changeCheck: 'MATCHES', entryIntact: true });

    await asOwner(people.tenant.id, (c) => c.query(`update audit_entry set change = jsonb_set(change, '{state,to}', '"delivered"') where id = $1`, [ship.id]));
    expect((await gql(ONE, { id: ship.id })).data!.auditEntry).toMatchObject({ changeCheck: 'MISMATCH', entryIntact: true });
    await asOwner(people.tenant.id, (c) => c.query(`update audit_entry set change = null, subject_id = 'o-9' where id = $1`, [ship.id]));
    expect((await gql(ONE, { id: ship.id })).data!.auditEntry).toMatchObject({ changeCheck: 'NOT_RECORDED', change: null, entryIntact: false });
  });

  it('refuses bad filters by name and reads nothing', async () => {
    const before = await entryCount();
    expect(await gql(LIST, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } })).toMatchObject({ data: null, reason: 'AUDIT_FILTER_RANGE', field: 'filter.to' });
    expect(await gql(LIST, { filter: { actorUserId: 'abc' } })).toMatchObject({ data: null, reason: 'AUDIT_FILTER_ID', field: 'filter.actorUserId' });
    expect(await gql(LIST, { filter: { actorOrganisationId: 'x' } })).toMatchObject({ reason: 'AUDIT_FILTER_ID', field: 'filter.actorOrganisationId' });
    expect(await gql(LIST, { filter: { subjectId: 'x'.repeat(129) } })).toMatchObject({ reason: 'AUDIT_FILTER_TOO_LONG', field: 'filter.subjectId' });
    expect(await gql(LIST, { after: 'not-a-cursor' })).toMatchObject({ reason: 'INVALID_CURSOR' });
    expect(await gql(LIST, { first: 101 })).toMatchObject({ reason: 'PAGE_SIZE' });
    expect(await gql(ONE, { id: 'nope' })).toMatchObject({ data: null, reason: 'AUDIT_ENTRY_NOT_FOUND' });
    expect(await entryCount()).toBe(before);
  });

  it("never shows another province's entries", async () => {
    const otherToken = (await login(api, other.tenant, other.users.finance.loginName)).accessToken;
    const [mine] = (await list({ subjectType: 'order' })).nodes;
    const { body } = await api.gql(LIST, { variables: { filter: { subjectType: 'order' } }, headers: headers(other.tenant, otherToken) });
    expect((body.data!.auditEntries as Page).nodes).toEqual([]);
    const one = await api.gql(ONE, { variables: { id: mine.id }, headers: headers(other.tenant, otherToken) });
    expect((one.body.errors?.[0] as { extensions?: { reason?: string } }).extensions?.reason).toBe('AUDIT_ENTRY_NOT_FOUND');
  });
});
