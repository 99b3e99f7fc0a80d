import ExcelJS from 'exceljs';
import { REFERENCE_COLUMNS, REFERENCE_MAX_ROWS } from './reference-rows.js';

/** The reference price template: a 参考价 sheet with the header row, and a 填写说明 sheet. */
export async function buildReferenceTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('参考价');
  // Text cells: Excel must not turn 4999.00 into a number nor dates into serials.
  sheet.columns = REFERENCE_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: Math.max(14, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 16 }, { header: '必填', width: 8 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const c of REFERENCE_COLUMNS) help.addRow([c.header, c.required ? '是' : '否', c.help]);
  help.addRow([]);
  help.addRow(['', '', `每行一个参考价，最多 ${REFERENCE_MAX_ROWS} 行；也可另存为 UTF-8 编码的 CSV 上传。有错误的行不导入，其余行照常导入，错误报告可下载。`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
