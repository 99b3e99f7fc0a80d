import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertListing, seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { budgetLineState, insertBudgetLine, insertOrganisation, PLACE_ORDER, placeInput } from '../../../test/mall.js';
import { asOwner } from '../../../test/tenants.js';

const LINE = 'id unitId fiscalYear code name amount used frozen available';
const CREATE = `mutation ($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ${LINE} } }`;
const ADJUST = `mutation ($id: ID!, $input: AdjustBudgetLineInput!) { adjustBudgetLine(id: $id, input: $input) { ${LINE} } }`;
const LIST = `query ($u: ID, $y: Int) { budgetLines(unitId: $u, fiscalYear: $y, first: 100) { nodes { ${LINE} } } }`;

describe('budget lines', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let finance: Record<string, string>;
  let buyer: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople();
    await seedCategories(people.tenant.id);
    const token = async (name: string) => headers(people.tenant, (await login(api, people.tenant, name)).accessToken);
    [finance, buyer, admin] = await Promise.all([token(people.users.finance.loginName), token(people.users.purchaser.loginName), token(people.users.unitAdmin.loginName)]);
  });
  afterAll(() => api?.close());

  const unit = () => people.organisations.purchasing_unit.id;
  const input = (overrides: object = {}) => ({ unitId: unit(), fiscalYear: 2026, code: `2026-${randomInt(1_000_000)}`, name: '办公设备购置', amount: '150000.00', ...overrides });

  it('finance loads a line; a code is unique per unit and year; bad fields are named', async () => {
    const first = await api.gql(CREATE, { variables: { input: input({ code: '2026-0101' }) }, headers: finance });
    expect(first.body.data!.createBudgetLine).toMatchObject({ code: '2026-0101', amount: '150000.00', used: '0.00', frozen: '0.00', available: '150000.00' });
    const again = await api.gql(CREATE, { variables: { input: input({ code: '2026-0101' }) }, headers: finance });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ reason: 'BUDGET_CODE_TAKEN', field: 'code' });
    const nextYear = await api.gql(CREATE, { variables: { input: input({ code: '2026-0101', fiscalYear: 2027 }) }, headers: finance });
    expect(nextYear.body.errors).toBeUndefined();
    for (const [bad, reason, field] of [
      [{ code: '预算 1' }, 'BUDGET_CODE_FORMAT', 'code'], [{ fiscalYear: 1999 }, 'FISCAL_YEAR_INVALID', 'fiscalYear'],
      [{ amount: '-1.00' }, 'BUDGET_AMOUNT_RANGE', 'amount'], [{ unitId: people.organisations.supplier.id }, 'PURCHASING_UNIT_NOT_FOUND', 'unitId'],
    ] as const) {
      const { body } = await api.gql(CREATE, { variables: { input: input(bad) }, headers: finance });
      expect(body.errors?.[0]?.extensions).toMatchObject({ reason, field });
    }
  });

  it('an adjustment never goes below used + frozen, and the ledger keeps the sums', async () => {
    const line = await insertBudgetLine(people.tenant.id, unit(), 10_000_00n);
    const listing = await insertListing(people, 'approved');
    const placed = await api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line, { quantity: 2 }) }, headers: buyer });
    expect(placed.body.errors).toBeUndefined();
    const below = await api.gql(ADJUST, { variables: { id: line, input: { amount: '2000.00' } }, headers: finance });
    expect(below.body.errors?.[0]?.extensions).toMatchObject({ reason: 'BUDGET_BELOW_COMMITTED', field: 'amount' });
    const ok = await api.gql(ADJUST, { variables: { id: line, input: { amount: '2560.00', name: '办公设备（调减）', note: '浙财预〔2026〕12号' } }, headers: finance });
    expect(ok.body.data!.adjustBudgetLine).toMatchObject({ amount: '2560.00', frozen: '2560.00', available: '0.00', name: '办公设备（调减）' });
    const state = await budgetLineState(people.tenant.id, line);
    expect(state.ledger).toEqual({ amount: state.amount, used: state.used, frozen: state.frozen });
    expect(state.movements).toBe(3);
  });

  it('a unit sees only its own lines; finance sees all', async () => {
    const otherUnit = await insertOrganisation(people.tenant.id);
    const [mine, theirs] = await Promise.all([insertBudgetLine(people.tenant.id, unit(), 1n), insertBudgetLine(people.tenant.id, otherUnit, 1n)]);
    const ids = async (h: Record<string, string>, u?: string) => ((await api.gql(LIST, { variables: { u }, headers: h })).body.data!.budgetLines as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    for (const h of [buyer, admin]) {
      expect(await ids(h)).toContain(mine);
      expect(await ids(h)).not.toContain(theirs);
      // A unit cannot widen its view by naming another unit.
      expect(await ids(h, otherUnit)).not.toContain(theirs);
    }
    expect(await ids(finance)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(await ids(finance, otherUnit)).toEqual([theirs]);
  });

  it('imports valid rows from a CSV, each entirely, and reports every bad row', async () => {
    const uscc = people.organisations.purchasing_unit.uscc!;
    const csv = [
      '采购单位统一社会信用代码,预算年度,预算项目编码,预算项目名称,指标金额（元）',
      `${uscc},2026,IMP-1,办公家具购置,80000.00`,
      `${uscc},2026,IMP-2,信息化设备,1200000`,
      `${uscc},20x6,IMP-3,印刷服务,100.00`,
      `91350100M000100Y43,2026,IMP-4,物业服务,100.00`,
      `${uscc},2026,IMP-1,重复编码,100.00`,
      `${uscc},2026,IMP-5,金额错误,1.234`,
    ].join('\r\n');
    const { body } = await api.gql(`mutation ($input: ImportBudgetLinesInput!) { importBudgetLines(input: $input) { total imported errors { row field reason message } } }`, {
      variables: { input: { fileName: '预算.csv', contentBase64: Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64') } }, headers: finance,
    });
    expect(body.errors).toBeUndefined();
    const result = body.data!.importBudgetLines as { total: number; imported: number; errors: { row: number; field: string; reason: string; message: string }[] };
    expect(result).toMatchObject({ total: 6, imported: 2 });
    expect(result.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [4, 'fiscalYear', 'FISCAL_YEAR_INVALID'], [5, 'unitUscc', 'PURCHASING_UNIT_NOT_FOUND'], [6, 'code', 'BUDGET_CODE_TAKEN'], [7, 'amount', 'MONEY_FORMAT'],
    ]);
    expect(result.errors[0].message).toContain('20x6');
    const codes = await asOwner(people.tenant.id, async (c) => (await c.query(`select code, amount_fen from budget_line where code like 'IMP-%' order by code`)).rows);
    expect(codes).toEqual([{ code: 'IMP-1', amount_fen: '8000000' }, { code: 'IMP-2', amount_fen: '120000000' }]);
    const header = await api.gql(`mutation ($input: ImportBudgetLinesInput!) { importBudgetLines(input: $input) { total } }`, {
      variables: { input: { fileName: 'x.csv', contentBase64: Buffer.from('编码,金额\r\nA,1\r\n').toString('base64') } }, headers: finance,
    });
    expect(header.body.errors?.[0]?.extensions).toMatchObject({ reason: 'UPLOAD_HEADER' });
  });

  it('refuses a file over 2,000 rows without importing any', async () => {
    const uscc = people.organisations.purchasing_unit.uscc!;
    const rows = Array.from({ length: 2001 }, (_, i) => `${uscc},2026,CAP-${i},上限测试,1.00`);
    const csv = ['采购单位统一社会信用代码,预算年度,预算项目编码,预算项目名称,指标金额（元）', ...rows].join('\r\n');
    const { body } = await api.gql(`mutation ($input: ImportBudgetLinesInput!) { importBudgetLines(input: $input) { total } }`, {
      variables: { input: { fileName: 'big.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') } }, headers: finance,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'UPLOAD_TOO_MANY_ROWS' });
    const n = await asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int n from budget_line where code like 'CAP-%'`)).rows[0].n);
    expect(n).toBe(0);
  });

  it('serves the import template as xlsx', async () => {
    const { body } = await api.gql(`{ budgetLineImportTemplate { fileName contentBase64 } }`, { headers: finance });
    const file = body.data!.budgetLineImportTemplate as { fileName: string; contentBase64: string };
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(file.contentBase64, 'base64').readUInt32LE(0)).toBe(0x04034b50);
  });
});
