import ExcelJS from 'exceljs';
import { UPLOAD_COLUMNS } from './upload-columns.js';
import { UPLOAD_MAX_ROWS } from './upload-file.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bulk-upload template: a 商品 sheet with the header row, and a 填写说明 sheet. */
export async function buildUploadTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('商品');
  sheet.columns = UPLOAD_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 3),
    // Text cells: Excel must not turn 330100 or 4999.00 into numbers, nor dates into serials.
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 16 }, { header: '必填', width: 8 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const c of UPLOAD_COLUMNS) help.addRow([c.header, c.required ? '是' : '否', c.help]);
  help.addRow([]);
  help.addRow(['', '', `在“商品”表第 2 行起每行填写一个商品，最多 ${UPLOAD_MAX_ROWS} 行；也可另存为 UTF-8 编码的 CSV 上传。`]);
  help.addRow(['', '', '每行单独导入：有错误的行不会导入任何内容，其余行照常导入为草稿；错误报告可下载，改正后只需重新上传出错的行。']);
  help.addRow(['', '', '示例：A02010104 | | 台式计算机 i5/16G/512G | 商用台式机，含键鼠 | 联想 | M720 | 4999.00 | 100 | 330100;330200 | https://img.example.cn/1.jpg | 36 | 节能产品;中小企业 | CQC2024001; | 中国质量认证中心; | 2027-12-31;']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
