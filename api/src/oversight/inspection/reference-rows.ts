import { isUuid, parseYuan, type UploadRowError } from '@zhengcai/schema';
import type { TemplateColumn } from '../../catalog/bulk-upload/upload-file.js';
import type { LocalDate } from '../../platform/calendar/local-date.js';

export type ReferenceColumnKey = 'standardProductId' | 'listingId' | 'source' | 'price' | 'observedOn' | 'url';

/** The reference price template: a standard product or a listing per row, never both. */
export const REFERENCE_COLUMNS: readonly (TemplateColumn<ReferenceColumnKey> & { help: string })[] = [
  { key: 'standardProductId', header: '标准商品编号', required: false, help: '参考价适用的标准商品编号；与“商品编号”二选一' },
  { key: 'listingId', header: '商品编号', required: false, help: '只适用于某一商品时填写其编号；与“标准商品编号”二选一' },
  { key: 'source', header: '来源', required: true, help: '来源名称，如 京东、天猫、价格监测中心；同一来源以最新采集日期为准' },
  { key: 'price', header: '参考价（元）', required: true, help: '大于 0，最多两位小数，如 4999.00' },
  { key: 'observedOn', header: '采集日期', required: true, help: 'YYYY-MM-DD，不晚于今天；超过规则中有效天数的参考价不再计入' },
  { key: 'url', header: '链接', required: false, help: 'http 或 https 地址，便于核对' },
];

export const REFERENCE_MAX_ROWS = 5000;
const MAX_FEN = 100_000_000_000n;

export interface ReferenceRow {
  standardProductId: string | null;
  listingId: string | null;
  sourceName: string;
  priceFen: bigint;
  observedOn: LocalDate;
  url: string | null;
}

/** A row's cells as a reference price, or its problems (each naming the column's field). */
export function checkReferenceRow(row: number, v: Partial<Record<ReferenceColumnKey, string>>, today: LocalDate): { value?: ReferenceRow; errors: UploadRowError[] } {
  const errors: UploadRowError[] = [];
  const add = (field: ReferenceColumnKey, reason: string, params: Record<string, string | number> = {}) => errors.push({ row, field, reason, params });
  const product = (v.standardProductId ?? '').trim();
  const listing = (v.listingId ?? '').trim();
  if ((product === '') === (listing === '')) add('standardProductId', 'PRICE_REFERENCE_TARGET_REQUIRED');
  else if (product && !isUuid(product)) add('standardProductId', 'PRICE_REFERENCE_TARGET_NOT_FOUND', { value: product.slice(0, 40) });
  else if (listing && !isUuid(listing)) add('listingId', 'PRICE_REFERENCE_TARGET_NOT_FOUND', { value: listing.slice(0, 40) });
  const source = (v.source ?? '').trim();
  if ([...source].length < 1 || [...source].length > 64 || /[\u0000-\u001F\u007F]/.test(source)) add('source', 'PRICE_REFERENCE_SOURCE_INVALID', { max: 64 });
  const priceText = (v.price ?? '').trim();
  let priceFen: bigint | undefined;
  try {
    priceFen = parseYuan(priceText);
    if (priceFen <= 0n) add('price', 'PRICE_NOT_POSITIVE', { value: priceText.slice(0, 40) });
    else if (priceFen > MAX_FEN) add('price', 'PRICE_TOO_HIGH', { max: '1000000000.00' });
  } catch {
    add('price', 'PRICE_FORMAT', { value: priceText.slice(0, 40) });
  }
  const day = (v.observedOn ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    add('observedOn', 'PRICE_REFERENCE_DATE_INVALID', { value: day.slice(0, 20) });
  } else if (day > today) add('observedOn', 'PRICE_REFERENCE_DATE_FUTURE', { value: day, today });
  const url = (v.url ?? '').trim();
  if (url && (url.length > 500 || !/^https?:\/\/[^\s]+$/.test(url))) add('url', 'PRICE_REFERENCE_URL_INVALID');
  if (errors.length) return { errors };
  return { value: { standardProductId: product || null, listingId: listing || null, sourceName: source, priceFen: priceFen!, observedOn: day, url: url || null }, errors };
}
