import ExcelJS from 'exceljs';
import { formatYuan, type Locale } from '@zhengcai/schema';
import type { OrderView } from './order-view.js';

const HEADERS = {
  'zh-CN': ['订单号', '状态', '采购单位', '供应商', '预算项目编码', '订单金额（元）', '验收金额（元）', '下单时间', '商品', '超期'],
  en: ['Order no.', 'State', 'Buyer', 'Supplier', 'Budget code', 'Total (yuan)', 'Accepted (yuan)', 'Placed at', 'Items', 'Overdue'],
} as const;

/** A cell a spreadsheet would run as a formula is prefixed, so the export cannot execute anything. */
const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The filtered orders as an .xlsx sheet, one row per order; money as text with two decimals. */
export async function ordersWorkbook(orders: readonly OrderView[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Orders' : '订单');
  sheet.addRow([...HEADERS[locale]]);
  sheet.getRow(1).font = { bold: true };
  for (const o of orders) {
    sheet.addRow([
      o.orderNo, o.state, neutral(o.buyerName), neutral(o.supplierName), o.budgetLineCode, formatYuan(o.totalFen),
      o.acceptedFen === null ? '' : formatYuan(o.acceptedFen), o.createdAt.toISOString(),
      neutral(o.lines.map((l) => `${l.title} × ${l.quantity}`).join('; ')), o.overdueKinds.join(','),
    ]);
  }
  sheet.columns.forEach((c, i) => (c.width = [16, 10, 28, 28, 16, 14, 14, 26, 60, 10][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
