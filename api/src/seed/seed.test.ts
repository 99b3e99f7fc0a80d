import { validateUscc } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../test/app.js';
import { asOwner, ownerClient } from '../../test/tenants.js';
import { DEMO_PASSWORD, DEMO_PLATFORM_OPERATOR, demoExpertLogins, demoLogins, formatDemoLogins } from './demo-people.js';
import { DEMO_TENDER_TITLE } from './demo-tender.js';
import { DEMO_AUCTION_TITLE } from './demo-auction.js';
import { DEMO_TENANTS } from './demo-tenants.js';
import { DEMO_CATEGORIES } from '../catalog/categories/category-tree-data.js';
import { DEMO_LISTING_TITLES } from './demo-listings.js';
import { seedDemo } from './seed.js';

describe('demo seed', () => {
  let api: TestApi;
  let tenantIds: Map<string, string>;

  beforeAll(async () => {
    await seedDemo(process.env.DATABASE_OWNER_URL!);
    const again = await seedDemo(process.env.DATABASE_OWNER_URL!);
    expect(again.usersCreated).toBe(0);
    expect(again.created).toEqual([]);
    expect(again.categoriesCreated).toBe(0);
    expect(again.listingsCreated).toBe(0);
    expect(again.budgetLinesCreated).toBe(0);
    expect(again.tenderProjectsCreated).toBe(0);
    expect(again.auctionsCreated).toBe(0);
    expect(again.standingsChanged).toBe(0);
    const c = await ownerClient();
    try {
      const { rows } = await c.query<{ id: string; code: string }>('select id, code from tenant where code = any($1)', [DEMO_TENANTS.map((t) => t.code)]);
      tenantIds = new Map(rows.map((r) => [r.code, r.id]));
    } finally {
      await c.end();
    }
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => api?.close());

  it('gives each demo tenant a unit, two suppliers, an agency, a finance department and an operator, once', async () => {
    for (const t of DEMO_TENANTS) {
      const orgs = await asOwner(tenantIds.get(t.code)!, async (c) => (await c.query<{ kind: string; uscc: string }>('select kind, uscc from organisation')).rows);
      expect(orgs.map((o) => o.kind).sort()).toEqual(['agency', 'finance_department', 'operator', 'purchasing_unit', 'supplier', 'supplier']);
      for (const o of orgs) expect(validateUscc(o.uscc)).toMatchObject({ ok: true });
    }
  });

  it('gives each demo tenant the category tree once, linked to parents, with the mandatory energy-saving items marked', async () => {
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(40);
    for (const t of DEMO_TENANTS) {
      const rows = await asOwner(tenantIds.get(t.code)!, async (c) =>
        (await c.query<{ code: string; level: number; parent: string | null; energy: boolean }>(
          'select c.code, c.level, p.code as parent, c.energy_saving_mandatory as energy from category c left join category p on p.id = c.parent_id order by c.code',
        )).rows);
      expect(rows.map((r) => r.code)).toEqual(DEMO_CATEGORIES.map((c) => c.code).sort());
      for (const r of rows) expect(r.parent).toBe(r.code.length === 1 ? null : r.code.slice(0, -2));
      expect(rows.filter((r) => r.energy).map((r) => r.code)).toEqual(expect.arrayContaining(['A02010104', 'A02010105', 'A02061804', 'A02061910']));
      expect(rows.find((r) => r.code === 'A02010104')).toMatchObject({ level: 5 });
    }
  });

  it('opens a demo mall in each tenant: listings on sale from both suppliers, certified where required, with price history and an index event for each', async () => {
    for (const t of DEMO_TENANTS) {
      const rows = await asOwner(tenantIds.get(t.code)!, async (c) =>
        (await c.query<{ id: string; title: string; state: string; supplier: string; energy_required: boolean; energy_tag: boolean; prices: number; events: number }>(
          `select l.id, l.title, l.state, l.supplier_id as supplier, cat.energy_saving_mandatory as energy_required,
                  l.policy_tags @> '[{"tag":"energy_saving"}]' as energy_tag,
                  (select count(*)::int from listing_price_change p where p.listing_id = l.id) as prices,
                  (select count(*)::int from outbox_event e where e.type = 'catalog.listing.changed' and e.payload->>'listingId' = l.id::text) as events
           from listing l join category cat on cat.id = l.category_id where l.title = any($1)`,
          [DEMO_LISTING_TITLES],
        )).rows);
      expect(rows).toHaveLength(DEMO_LISTING_TITLES.length);
      expect(rows.length).toBeGreaterThanOrEqual(30);
      expect(new Set(rows.map((r) => r.supplier)).size).toBe(2);
      expect(rows.filter((r) => r.title.includes('办公')).length).toBeGreaterThan(20);
      for (const r of rows) {
        expect(r.state).toBe('approved');
        if (r.energy_required) expect(r.energy_tag, r.title).toBe(true);
        expect(r.prices).toBeGreaterThanOrEqual(1);
        expect(r.events).toBeGreaterThanOrEqual(1);
      }
    }
    // What buyers see: the public listing page, with its history, oldest first.
    const zj = DEMO_TENANTS[0];
    const id = await asOwner(tenantIds.get(zj.code)!, async (c) =>
      (await c.query<{ listing_id: string }>('select p.listing_id from listing_price_change p join listing l on l.id = p.listing_id where l.title = any($1) group by p.listing_id having count(*) = 2 limit 1', [DEMO_LISTING_TITLES])).rows[0].listing_id);
    const { body } = await api.gql('query ($id: ID!) { listing(id: $id) { state priceHistory { price } price } }', { variables: { id }, headers: { 'x-tenant': zj.code } });
    expect(body.errors).toBeUndefined();
    const listing = body.data!.listing as { state: string; price: string; priceHistory: { price: string }[] };
    expect(listing.state).toBe('APPROVED');
    expect(listing.priceHistory).toHaveLength(2);
    expect(listing.priceHistory[1].price).toBe(listing.price);
    expect(Number(listing.priceHistory[0].price)).toBeGreaterThan(Number(listing.price));
  });

  it("gives each demo buyer's unit budget lines for the current year, consistent with their ledger", async () => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    for (const t of DEMO_TENANTS) {
      const lines = await asOwner(tenantIds.get(t.code)!, async (c) => (await c.query(
        `select l.fiscal_year, l.amount_fen, (select sum(amount_delta_fen) from budget_movement m where m.line_id = l.id) as ledger, u.login_name,
                l.frozen_fen, (select sum(frozen_delta_fen) from budget_movement m where m.line_id = l.id) as frozen_ledger
         from budget_line l join user_account u on u.organisation_id = l.unit_id and u.login_name = $1`, [`${t.slug}-buyer`],
      )).rows);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const l of lines) expect(l).toMatchObject({ fiscal_year: year, ledger: l.amount_fen, frozen_ledger: l.frozen_fen });
    }
  });

  it('gives each demo tenant an expert pool of eight in its finance department, each with a profile covering office computers, once', async () => {
    for (const t of DEMO_TENANTS) {
      const experts = await asOwner(tenantIds.get(t.code)!, async (c) => (await c.query<{ login_name: string; kind: string; profiles: number; employer: string; codes: string[] }>(
        `select u.login_name, o.kind, (select count(*)::int from expert_profile p where p.user_id = u.id) as profiles,
                (select p.employer_name from expert_profile p where p.user_id = u.id) as employer, (select p.category_codes from expert_profile p where p.user_id = u.id) as codes
         from user_account u join organisation o on o.id = u.organisation_id where 'expert' = any(u.roles) order by u.login_name`,
      )).rows);
      const logins = [`${t.slug}-expert`, ...demoExpertLogins(t.slug)];
      expect(demoExpertLogins(t.slug)).toHaveLength(7);
      expect(experts.map((e) => e.login_name).filter((n) => logins.includes(n)).sort()).toEqual([...logins].sort());
      for (const e of experts.filter((x) => logins.includes(x.login_name))) {
        expect(e, e.login_name).toMatchObject({ kind: 'finance_department', profiles: 1 });
        expect(e.employer.length).toBeGreaterThan(0);
        // The draw takes an expert whose code is a prefix of the project's category.
        expect(e.codes.some((code) => 'A02010104'.startsWith(code)), e.login_name).toBe(true);
      }
      expect(new Set(experts.map((e) => e.employer)).size).toBeGreaterThanOrEqual(7);
    }
    const { body } = await api.gql(`mutation ($n: String!, $p: String!) { login(loginName: $n, password: $p) { user { roles } } }`, {
      variables: { n: 'zj-expert7', p: DEMO_PASSWORD },
      headers: { 'x-tenant': '330000', 'x-forwarded-for': '192.0.2.201' },
    });
    expect(body.errors).toBeUndefined();
    expect((body.data?.login as { user: { roles: string[] } }).user.roles).toEqual(['EXPERT']);
    expect(formatDemoLogins(DEMO_TENANTS)).toContain('zj-expert7');
  });

  it("publishes one demo tender project of each demo buyer's unit, two lots in bidding, its budget frozen with a ledger movement, once", async () => {
    for (const t of DEMO_TENANTS) {
      const { projects, lots, freezes, counter } = await asOwner(tenantIds.get(t.code)!, async (c) => {
        const projects = (await c.query(
          `select p.id, p.project_no, p.state, p.method, p.kind, p.category_code, p.evaluation_method, p.criteria, p.sme_deduction_bp, p.budget_fen,
                  p.documents_from, p.documents_until, p.bid_deadline, p.published_at, p.budget_line_id, u.login_name as created_by, b.uscc as buyer_uscc, l.unit_id = p.buyer_id as own_line
           from tender_project p join user_account u on u.id = p.created_by join organisation b on b.id = p.buyer_id join budget_line l on l.id = p.budget_line_id
           where p.title = $1`, [DEMO_TENDER_TITLE],
        )).rows;
        const ids = projects.map((p) => p.id);
        const lots = (await c.query(`select lot_no, budget_fen, deposit_fen, state from tender_lot where project_id = any($1) order by lot_no`, [ids])).rows;
        const freezes = (await c.query(`select line_id, frozen_delta_fen from budget_movement where kind = 'freeze' and order_id = any($1)`, [ids])).rows;
        const counter = (await c.query(`select year, last from tender_project_counter`)).rows;
        return { projects, lots, freezes, counter };
      });
      expect(projects).toHaveLength(1);
      const p = projects[0];
      expect(p).toMatchObject({
        state: 'published', method: 'public_tender', kind: 'goods', category_code: 'A02010104', evaluation_method: 'comprehensive_scoring', sme_deduction_bp: 1000,
        budget_fen: '570000000', created_by: `${t.slug}-buyer`, own_line: true,
      });
      expect(p.criteria.map((c: { weight: number }) => c.weight)).toEqual([30, 50, 20]);
      expect(p.project_no).toMatch(/^ZC\d{4}-\d{6}$/);
      // The counter is past the seeded number, so the next real project gets a new one.
      const [year, n] = p.project_no.slice(2).split('-').map(Number);
      expect(counter.find((r) => r.year === year)?.last).toBeGreaterThanOrEqual(n);
      expect(p.documents_until.getTime()).toBeGreaterThan(p.documents_from.getTime() + 7 * 86_400_000);
      expect(p.bid_deadline.getTime()).toBeGreaterThanOrEqual(p.documents_from.getTime() + 20 * 86_400_000);
      expect(p.bid_deadline.getTime()).toBeGreaterThan(p.documents_until.getTime());
      expect(lots).toEqual([
        { lot_no: 1, budget_fen: '450000000', deposit_fen: '9000000', state: 'bidding' },
        { lot_no: 2, budget_fen: '120000000', deposit_fen: '0', state: 'bidding' },
      ]);
      expect(freezes).toEqual([{ line_id: p.budget_line_id, frozen_delta_fen: '570000000' }]);
    }
  });

  it("puts one public asset auction of each demo buyer's unit up for tomorrow 10:00, once, shown to a guest", async () => {
    for (const t of DEMO_TENANTS) {
      const { body } = await api.gql(
        `{ auctions(first: 50) { nodes { title direction state startPrice step deposit appraisal startsAt endsAt buyer { name } } } }`,
        { headers: { 'x-tenant': t.code } },
      );
      expect(body.errors).toBeUndefined();
      const mine = body.data.auctions.nodes.filter((a: { title: string }) => a.title === DEMO_AUCTION_TITLE);
      expect(mine).toHaveLength(1);
      const a = mine[0];
      expect(a).toMatchObject({ direction: 'FORWARD', state: 'SCHEDULED', startPrice: '60000.00', step: '500.00', deposit: '5000.00', appraisal: '68000.00' });
      const starts = new Date(a.startsAt);
      expect(starts.getTime()).toBeGreaterThan(Date.now());
      expect(starts.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 86_400_000);
      // 10:00 in the province's time zone (UTC+8).
      expect(new Date(starts.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)).toBe('10:00');
      expect(new Date(a.endsAt).getTime() - starts.getTime()).toBe(60 * 60_000);
    }
  });

  it('registers one supplier (one USCC) in two tenants, as separate rows', async () => {
    const supplierCodes = async (code: string) =>
      asOwner(tenantIds.get(code)!, async (c) => (await c.query<{ id: string; uscc: string }>(`select id, uscc from organisation where kind = 'supplier'`)).rows);
    const [zj, cq] = await Promise.all([supplierCodes('330000'), supplierCodes('500000')]);
    const shared = zj.filter((a) => cq.some((b) => b.uscc === a.uscc));
    expect(shared).toHaveLength(1);
    expect(cq.find((b) => b.uscc === shared[0].uscc)!.id).not.toBe(shared[0].id);
  });

  it('lets every printed demo login in with the demo password and the printed roles', async () => {
    const logins = demoLogins(DEMO_TENANTS);
    expect(logins).toHaveLength(DEMO_TENANTS.length * 7);
    for (const l of logins) {
      const { body } = await api.gql(`mutation ($n: String!, $p: String!) { login(loginName: $n, password: $p) { user { roles } } }`, {
        variables: { n: l.loginName, p: DEMO_PASSWORD },
        headers: { 'x-tenant': l.tenantCode, 'x-forwarded-for': '192.0.2.200' },
      });
      expect(body.errors, l.loginName).toBeUndefined();
      expect((body.data?.login as { user: { roles: string[] } }).user.roles).toEqual(l.roles.map((r) => r.toUpperCase()));
    }
    const op = await api.gql(`mutation ($n: String!, $p: String!) { operatorLogin(loginName: $n, password: $p) { accessToken } }`, {
      variables: { n: DEMO_PLATFORM_OPERATOR, p: DEMO_PASSWORD },
    });
    expect(op.body.errors).toBeUndefined();
    const printed = formatDemoLogins(DEMO_TENANTS);
    for (const l of logins) expect(printed).toContain(l.loginName);
    expect(printed).toContain(DEMO_PASSWORD);
  });

  it('computes the integrity standing of every demo supplier once, so the demo shows bands', async () => {
    for (const t of DEMO_TENANTS) {
      const rows = await asOwner(tenantIds.get(t.code)!, async (c) => (await c.query<{ band: string | null; standing: string | null; score: number | null }>(
        `select o.integrity_band as band, s.band as standing, s.score from organisation o left join integrity_standing s on s.supplier_id = o.id where o.kind = 'supplier'`,
      )).rows);
      expect(rows).toHaveLength(2);
      // No events yet: the base score, band A, on the standing and on the organisation.
      for (const r of rows) expect(r).toEqual({ band: 'A', standing: 'A', score: 100 });
    }
  });
});
