import ExcelJS from 'exceljs';
import type { Locale, UploadRowError } from '@zhengcai/schema';
import { isReason, localize } from '../../platform/errors/messages.js';
import { columnOfField } from './upload-columns.js';

export interface RowErrorView {
  readonly row: number;
  readonly field: string;
  readonly column: string;
  readonly reason: string;
  readonly message: string;
}

export function toRowErrorView(e: UploadRowError, locale: Locale): RowErrorView {
  return {
    row: e.row,
    field: e.field,
    column: columnOfField(e.field)?.header ?? '',
    reason: e.reason,
    message: isReason(e.reason) ? localize(e.reason, locale, { ...e.params, field: e.field }) : e.reason,
  };
}

const HEADERS = { 'zh-CN': ['行号', '列', '字段', '错误代码', '错误说明'], en: ['Row', 'Column', 'Field', 'Reason', 'Message'] } as const;

/** A cell a spreadsheet would run as a formula is prefixed, so the report cannot execute anything. */
const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function table(errors: readonly RowErrorView[], locale: Locale): string[][] {
  return [[...HEADERS[locale]], ...errors.map((e) => [String(e.row), e.column, e.field, e.reason, neutral(e.message)])];
}

/** CSV in UTF-8 with a BOM, so that Excel opens the Chinese text correctly. */
export function errorReportCsv(errors: readonly RowErrorView[], locale: Locale): Buffer {
  const lines = table(errors, locale).map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function errorReportXlsx(errors: readonly RowErrorView[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Errors' : '错误');
  for (const cells of table(errors, locale)) sheet.addRow(cells);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [8, 16, 28, 32, 80][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
