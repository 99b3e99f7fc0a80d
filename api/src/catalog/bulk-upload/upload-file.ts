import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors/app-error.js';
import { UPLOAD_COLUMNS, type UploadColumnKey } from './upload-columns.js';

export type UploadValues = Record<UploadColumnKey, string>;
export interface UploadRow {
  /** The row's number in the sheet (the header is row 1). */
  readonly row: number;
  readonly values: UploadValues;
}

export const UPLOAD_MAX_BYTES = 700 * 1024;
export const UPLOAD_MAX_ROWS = 5000;

/**
 * An uploaded file as GraphQL carries it (base64), decoded for every import: the size is
 * checked before decoding, so an oversized request costs no buffer, and text that is not
 * base64 is refused rather than decoded into garbage.
 */
export function decodeUpload(fileName: string, contentBase64: string): Buffer {
  if (contentBase64.length > Math.ceil(UPLOAD_MAX_BYTES / 3) * 4 + 4) {
    throw new AppError('UPLOAD_TOO_LARGE', { max: UPLOAD_MAX_BYTES, actual: Math.floor((contentBase64.length * 3) / 4), field: 'contentBase64' });
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw new AppError('UPLOAD_FORMAT', { fileName: fileName.slice(0, 100), field: 'contentBase64' });
  return Buffer.from(contentBase64, 'base64');
}

/**
 * Reads an uploaded template: .xlsx (its first sheet) or CSV in UTF-8 (with or without the
 * BOM Excel writes). Every cell is read as text: prices and region codes are never turned
 * into floats on the way in. Fully empty rows are skipped.
 */
export function readUploadFile(fileName: string, content: Buffer): Promise<UploadRow[]> {
  return readTemplateFile(fileName, content, UPLOAD_COLUMNS, UPLOAD_MAX_ROWS);
}

/** A template's column: the key its values are read under and the header people see. */
export interface TemplateColumn<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly required: boolean;
}

/** Reads any template (listings, budget lines) the same way: header row checked, cells as text. */
export async function readTemplateFile<K extends string>(
  fileName: string, content: Buffer, columns: readonly TemplateColumn<K>[], maxRows: number,
): Promise<{ row: number; values: Record<K, string> }[]> {
  if (content.length > UPLOAD_MAX_BYTES) throw new AppError('UPLOAD_TOO_LARGE', { max: UPLOAD_MAX_BYTES, actual: content.length });
  const sheet = await loadSheet(fileName, content);
  const header = rowTexts(sheet.getRow(1), sheet.columnCount).map((h) => h.replace(/[*＊\s]/g, ''));
  const index = new Map<K, number>();
  const missing: string[] = [];
  for (const c of columns) {
    const at = header.indexOf(c.header);
    if (at >= 0) index.set(c.key, at);
    else if (c.required) missing.push(c.header);
  }
  if (missing.length) throw new AppError('UPLOAD_HEADER', { missing: missing.join('、') });
  const rows: { row: number; values: Record<K, string> }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = rowTexts(sheet.getRow(r), header.length);
    if (cells.every((c) => c === '')) continue;
    const values = Object.fromEntries(columns.map((c) => [c.key, index.has(c.key) ? cells[index.get(c.key)!] ?? '' : ''])) as Record<K, string>;
    rows.push({ row: r, values });
    if (rows.length > maxRows) throw new AppError('UPLOAD_TOO_MANY_ROWS', { max: maxRows, actual: `${maxRows}+` });
  }
  if (!rows.length) throw new AppError('UPLOAD_EMPTY');
  return rows;
}

async function loadSheet(fileName: string, content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // A zip signature means xlsx whatever the name says; anything else is read as CSV.
  const zip = content.length > 4 && content.readUInt32LE(0) === 0x04034b50;
  try {
    if (zip) {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no worksheet');
      return sheet;
    }
    const text = content.toString('utf8');
    if (text.includes('\uFFFD')) throw new Error('not UTF-8');
    return await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { map: (value: unknown) => value } as never);
  } catch {
    throw new AppError('UPLOAD_FORMAT', { fileName: fileName.slice(0, 100) });
  }
}

function rowTexts(row: ExcelJS.Row, width: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= width; c++) out.push(cellText(row.getCell(c).value).trim());
  return out;
}

/** Any cell value as the text a person typed (dates as YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}
