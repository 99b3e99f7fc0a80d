import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { asOwner, contextFor } from '../../../test/tenants.js';
import { UPLOAD_COLUMNS } from './upload-columns.js';
import { ListingUploadService, UPLOAD_BATCH } from './listing-upload.service.js';

const UPLOAD = `mutation ($input: UploadListingsInput!) { uploadListings(input: $input) { id state total processed } }`;
const STATUS = `query ($id: ID!) { listingUpload(id: $id) { id state total processed imported failed errors { row field column reason message } } }`;
const REPORT = `query ($id: ID!, $format: ReportFormat) { listingUploadErrorReport(id: $id, format: $format) { fileName mimeType contentBase64 } }`;
const TEMPLATE = `{ listingUploadTemplate { fileName mimeType contentBase64 } }`;

interface Status { id: string; state: string; total: number; processed: number; imported: number; failed: number; errors: { row: number; field: string; column: string; reason: string; message: string }[] }

const HEADER = UPLOAD_COLUMNS.map((c) => c.header);
/** One sheet row in template column order. */
function row(title: string, o: Partial<Record<(typeof UPLOAD_COLUMNS)[number]['key'], string>> = {}): string[] {
  const v: Record<string, string> = {
    categoryCode: 'A060201', title, description: '钢木结构', brand: '某品牌', model: 'BZ-1', price: '1280.00', stock: '5',
    deliveryRegionCodes: '330100;330200', warrantyMonths: '12', ...o,
  };
  return UPLOAD_COLUMNS.map((c) => v[c.key] ?? '');
}

describe('bulk upload of listings', () => {
  let api: TestApi;
  let zj: PeopleFixture;
  let supplier: string;

  beforeAll(async () => {
    api = await startApi();
    zj = await createPeople();
    await seedCategories(zj.tenant.id);
    supplier = (await login(api, zj.tenant, zj.users.supplier.loginName)).accessToken;
  });
  afterAll(() => api.close());

  const gql = (q: string, variables: object = {}) => api.gql(q, { variables, headers: headers(zj.tenant, supplier, { 'accept-language': 'en' }) });
  const titles = () => asOwner(zj.tenant.id, async (c) => (await c.query<{ title: string; state: string; price_fen: string }>('select title, state, price_fen from listing')).rows);

  const status = async (id: string) => (await gql(STATUS, { id })).body.data?.listingUpload as Status;

  /** Uploads, then imports as the worker's job does (workers/src/catalog), a batch at a time. */
  async function upload(fileName: string, content: Buffer): Promise<Status & { seen: number[] }> {
    const r = await gql(UPLOAD, { input: { fileName, contentBase64: content.toString('base64') } });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const started = r.body.data?.uploadListings as Status;
    expect(started).toMatchObject({ state: 'PROCESSING', processed: 0 });
    const seen: number[] = [];
    const importer = api.app.get(ListingUploadService);
    while ((await importer.importPending(contextFor(zj.tenant), started.id, 1)) > 0) seen.push((await status(started.id)).processed);
    return Object.assign(await status(started.id), { seen });
  }

  async function xlsx(rows: string[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('商品');
    ws.addRow(HEADER.map((h, i) => (UPLOAD_COLUMNS[i].required ? `${h}*` : h)));
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('offers a template with the Chinese header row and an instructions sheet', async () => {
    const r = await gql(TEMPLATE);
    const file = r.body.data?.listingUploadTemplate as { fileName: string; mimeType: string; contentBase64: string };
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['商品', '填写说明']);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADER.map((h, i) => (UPLOAD_COLUMNS[i].required ? `${h}*` : h)));
    expect(wb.worksheets[1].rowCount).toBeGreaterThan(UPLOAD_COLUMNS.length);
  });

  it('imports the valid rows of an xlsx file as drafts and reports each bad row at its field', async () => {
    const file = await xlsx([
      row('批量A 办公桌'),
      row('批量B 价格小数过多', { price: '12.345' }),
      row('批量C 品目不存在', { categoryCode: 'A99' }),
      row('批量D 含脚本', { description: '<script>alert(1)</script>' }),
      row('批量E 证书过期', { policyTags: '环境标志产品', certificateNos: 'CEC001', issuers: '中环联合认证中心', validUntils: '2020-12-31' }),
      [],
      row('批量G 价格为零且图片无效', { price: '0', imageUrls: 'http://x' }),
      row('批量H 两个问题', { stock: '-2', deliveryRegionCodes: '33' }),
    ]);
    const s = await upload('listings.xlsx', file);
    expect(s).toMatchObject({ state: 'DONE', total: 7, processed: 7, imported: 2, failed: 5 });
    expect(s.errors.map(({ row, field, column, reason }) => ({ row, field, column, reason }))).toEqual([
      { row: 3, field: 'price', column: '价格（元）', reason: 'PRICE_FORMAT' },
      { row: 4, field: 'categoryCode', column: '品目编码', reason: 'CATEGORY_NOT_FOUND' },
      { row: 6, field: 'policyTags[0].validUntil', column: '证书有效期至', reason: 'POLICY_CERTIFICATE_EXPIRED' },
      { row: 8, field: 'price', column: '价格（元）', reason: 'PRICE_NOT_POSITIVE' },
      { row: 9, field: 'stock', column: '库存', reason: 'INTEGER_FORMAT' },
    ]);
    expect(s.errors[0].message).toBe('The price "12.345" is not valid: give yuan with up to two decimals, e.g. 1234.50.');
    const rows = (await titles()).filter((t) => t.title.startsWith('批量'));
    expect(rows.map((t) => t.title).sort()).toEqual(['批量A 办公桌', '批量D 含脚本']);
    expect(rows.every((t) => t.state === 'draft' && t.price_fen === '128000')).toBe(true);

    const csv = (await gql(REPORT, { id: s.id, format: 'CSV' })).body.data?.listingUploadErrorReport as { fileName: string; contentBase64: string };
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(text.startsWith('\uFEFF"Row","Column","Field","Reason","Message"\r\n"3","价格（元）","price","PRICE_FORMAT"')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(6);
    const report = (await gql(REPORT, { id: s.id })).body.data?.listingUploadErrorReport as { contentBase64: string };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getColumn(1).values.slice(2)).toEqual(['3', '4', '6', '8', '9']);
  });

  it('reads CSV in UTF-8 with a BOM, records progress batch by batch, and reaches the total', async () => {
    const n = UPLOAD_BATCH * 2 + 10;
    const lines = [HEADER.join(','), ...Array.from({ length: n }, (_, i) => row(`CSV行${i} "引号",逗号`).map((c) => `"${c.replace(/"/g, '""')}"`).join(','))];
    const s = await upload('listings.csv', Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'));
    expect(s).toMatchObject({ state: 'DONE', total: n, processed: n, imported: n, failed: 0, errors: [] });
    expect(s.seen).toEqual([UPLOAD_BATCH, UPLOAD_BATCH * 2, n]);
    expect((await titles()).filter((t) => t.title.startsWith('CSV行')).map((t) => t.title)).toContain('CSV行0 "引号",逗号');
  });

  it('resumes after the last committed batch and never imports a row twice, even with two importers at once', async () => {
    const n = UPLOAD_BATCH * 3 + 1;
    const lines = [HEADER.join(','), ...Array.from({ length: n }, (_, i) => row(`续传${i}`).join(','))];
    const r = await gql(UPLOAD, { input: { fileName: 'resume.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') } });
    const id = (r.body.data?.uploadListings as Status).id;
    const importer = api.app.get(ListingUploadService);
    // A worker that stopped after one batch, then two deliveries of the retry at once.
    expect(await importer.importPending(contextFor(zj.tenant), id, 1)).toBe(1);
    expect(await status(id)).toMatchObject({ state: 'PROCESSING', processed: UPLOAD_BATCH, imported: UPLOAD_BATCH });
    const [a, b] = await Promise.all([importer.importPending(contextFor(zj.tenant), id), importer.importPending(contextFor(zj.tenant), id)]);
    expect(a + b).toBe(3);
    expect(await status(id)).toMatchObject({ state: 'DONE', total: n, processed: n, imported: n, failed: 0 });
    const created = (await titles()).filter((t) => t.title.startsWith('续传'));
    expect(created).toHaveLength(n);
    expect(new Set(created.map((t) => t.title)).size).toBe(n);
    const { rows } = await asOwner(zj.tenant.id, (c) => c.query(
      `select (select pending_rows is null from listing_upload where id = $1) as cleared,
              (select count(*)::int from audit_entry a join listing l on l.id::text = a.subject_id
                where a.action = 'catalog.listing.create' and l.title like '续传%'
                  and a.actor_user_id = (select uploaded_by from listing_upload where id = $1)) as audited`, [id]));
    expect(rows[0]).toEqual({ cleared: true, audited: n });
    expect(await importer.importPending(contextFor(zj.tenant), id)).toBe(0);
  });

  it('refuses files that are not the template, too large or empty, and creates no upload', async () => {
    const before = await asOwner(zj.tenant.id, async (c) => Number((await c.query('select count(*) from listing_upload')).rows[0].count));
    const reason = async (fileName: string, content: Buffer | string) =>
      (await gql(UPLOAD, { input: { fileName, contentBase64: typeof content === 'string' ? content : content.toString('base64') } })).body.errors?.[0]?.extensions;
    expect(await reason('x.csv', Buffer.from('名称,价格\n桌子,1\n'))).toMatchObject({ reason: 'UPLOAD_HEADER' });
    expect(await reason('x.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toMatchObject({ reason: 'UPLOAD_FORMAT' });
    expect(await reason('x.csv', Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toMatchObject({ reason: 'UPLOAD_FORMAT' });
    expect(await reason('x.csv', Buffer.from(`\uFEFF${HEADER.join(',')}\r\n`))).toMatchObject({ reason: 'UPLOAD_EMPTY' });
    expect(await reason('x.csv', 'not base64!')).toMatchObject({ reason: 'UPLOAD_FORMAT', field: 'contentBase64' });
    expect(await reason('x.csv', Buffer.alloc(700 * 1024 + 1, 65))).toMatchObject({ code: 'REQUEST_TOO_LARGE', reason: 'UPLOAD_TOO_LARGE' });
    const after = await asOwner(zj.tenant.id, async (c) => Number((await c.query('select count(*) from listing_upload')).rows[0].count));
    expect(after).toBe(before);
  });
});
