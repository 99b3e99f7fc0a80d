import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { penaltyCount } from '../../../test/integrity.js';
import { asOwner, createTenant } from '../../../test/tenants.js';

const TEMPLATE = `{ integrityPenaltyImportTemplate { fileName mimeType contentBase64 } }`;
const IMPORT = `mutation ($input: ImportIntegrityPenaltiesInput!) { importIntegrityPenalties(input: $input) { total imported errors { row field reason message } } }`;
const HEADER = '供应商统一社会信用代码,类别,决定书文号,决定机关,决定日期,扣分,备注';

describe('importing administrative penalties and blacklist records', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    token = (await login(api, people.tenant, people.users.finance.loginName)).accessToken;
  });
  afterAll(() => api?.close());

  const gql = async (document: string, variables: object = {}) => (await api.gql(document, { variables, headers: headers(people.tenant, token) })).body;
  const csv = (lines: string[]) => ({ input: { fileName: 'penalties.csv', contentBase64: Buffer.from(`\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`).toString('base64') } });
  const eventsOf = (supplierId: string) =>
    asOwner(people.tenant.id, async (c) => (await c.query(`select kind, points, evidence->>'documentNo' as document_no, occurred_at from integrity_event where supplier_id = $1 order by kind::text`, [supplierId])).rows);
  const score = (supplierId: string) => asOwner(people.tenant.id, async (c) => (await c.query(`select integrity_score from organisation where id = $1`, [supplierId])).rows[0].integrity_score);

  it('gives a template with the columns and an instructions sheet', async () => {
    const { data } = await gql(TEMPLATE);
    expect(data.integrityPenaltyImportTemplate).toMatchObject({ fileName: '诚信处罚记录导入模板.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data.integrityPenaltyImportTemplate.contentBase64, 'base64') as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['处罚记录', '填写说明']);
    expect((workbook.worksheets[0].getRow(1).values as string[]).filter(Boolean)).toEqual(['供应商统一社会信用代码*', '类别*', '决定书文号*', '决定机关*', '决定日期*', '扣分', '备注']);
  });

  it('imports the good rows (each on its own, scores recomputed), returns the bad ones by row and column, and records nothing twice', async () => {
    const supplier = people.organisations.supplier;
    const rows = [
      `${supplier.uscc},行政处罚,财采罚〔2026〕1号,省财政厅,2026-01-05,,提供虚假材料`,
      `${supplier.uscc},BLACKLIST_RECORD,财采黑〔2026〕2号,省财政厅,2026-02-01,30,`,
      `${supplier.uscc},警告,财采罚〔2026〕3号,省财政厅,2026-01-05,,`,
      `${supplier.uscc},行政处罚,财采罚〔2026〕4号,省财政厅,2026-13-01,,`,
      `${supplier.uscc},行政处罚,财采罚〔2026〕5号,省财政厅,2026-01-05,500,`,
      `91110000MA00000000,行政处罚,财采罚〔2026〕6号,省财政厅,2026-01-05,,`,
      `${supplier.uscc},行政处罚,财采罚〔2026〕7号,省财政厅,2999-01-05,,`,
    ];
    const first = (await gql(IMPORT, csv(rows))).data.importIntegrityPenalties;
    expect(first).toMatchObject({ total: 7, imported: 2 });
    expect(first.errors.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([
      [4, 'kind', 'INTEGRITY_PENALTY_KIND'],
      [5, 'decidedOn', 'INTEGRITY_DATE_INVALID'],
      [6, 'points', 'INTEGRITY_POINTS_RANGE'],
      [7, 'supplierUscc', 'INTEGRITY_PENALTY_SUPPLIER_UNKNOWN'],
      [8, 'decidedOn', 'INTEGRITY_DATE_FUTURE'],
    ]);
    expect(first.errors[3].message).toMatch(/统一社会信用代码/);
    expect(await eventsOf(supplier.id)).toEqual([
      expect.objectContaining({ kind: 'administrative_penalty', points: -20, document_no: '财采罚〔2026〕1号' }),
      expect.objectContaining({ kind: 'blacklist_record', points: -30, document_no: '财采黑〔2026〕2号' }),
    ]);
    // Recomputed at once: 100 − 20 − 30 before decay over months.
    expect(await score(supplier.id)).toBeLessThan(100);
    for (const n of [3, 4, 5, 6, 7]) expect(await penaltyCount(people.tenant.id, `财采罚〔2026〕${n}号`)).toBe(0);

    // The same file again: nothing new, each earlier row now a duplicate.
    const again = (await gql(IMPORT, csv(rows.slice(0, 2)))).data.importIntegrityPenalties;
    expect(again).toMatchObject({ total: 2, imported: 0 });
    expect(again.errors.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([[2, 'documentNo', 'INTEGRITY_PENALTY_DUPLICATE'], [3, 'documentNo', 'INTEGRITY_PENALTY_DUPLICATE']]);
    expect(await eventsOf(supplier.id)).toHaveLength(2);
  });

  it('refuses a file without the required columns, writing nothing', async () => {
    const body = await gql(IMPORT, { input: { fileName: 'bad.csv', contentBase64: Buffer.from('供应商统一社会信用代码,类别\r\nX,行政处罚\r\n').toString('base64') } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'UPLOAD_HEADER' });
  });
});
