import ExcelJS from 'exceljs';
import { formatYuan, type Locale } from '@zhengcai/schema';
import type { SpendingDimension } from './statistics-sql.js';
import type {
  AllFigures, CompetitionView, ConcentrationView, FinancingStatusFigure, FinancingView, InspectionView, IntegrityBandView, PolicyView, SavingsView, SignalCounts, SignalView, SpendingView,
} from './statistics-views.js';

/** A figure as one sheet: the same rows as the screen's table, with a total row where sums make sense. */
export type FigureSheet =
  | { figure: 'spending'; view: SpendingView }
  | { figure: 'savings'; view: SavingsView }
  | { figure: 'policy'; view: PolicyView }
  | { figure: 'concentration'; view: ConcentrationView }
  | { figure: 'competition'; view: CompetitionView }
  | { figure: 'inspection'; view: InspectionView }
  | { figure: 'integrity'; view: IntegrityBandView }
  | { figure: 'signals'; view: SignalView }
  | { figure: 'financing'; view: FinancingView };

type Cell = string | number;
type Tr = Record<Locale, string>;

/** Percent text of basis points, two decimals ("7.80%"), exact. */
export const bpText = (bp: number) => `${bp < 0 ? '-' : ''}${Math.trunc(Math.abs(bp) / 100)}.${String(Math.abs(bp) % 100).padStart(2, '0')}%`;
const hundredthsText = (h: number) => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
/** A cell a spreadsheet would run as a formula is prefixed, so the export cannot execute anything. */
const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const DIMENSION: Record<SpendingDimension, Tr> = {
  method: { 'zh-CN': '采购方式', en: 'Method' },
  category: { 'zh-CN': '品目（一级）', en: 'Category' },
  subcategory: { 'zh-CN': '品目（二级）', en: 'Subcategory' },
  unit: { 'zh-CN': '采购单位', en: 'Purchasing unit' },
  supplier: { 'zh-CN': '供应商', en: 'Supplier' },
};

const TITLES: Record<FigureSheet['figure'], Tr> = {
  spending: { 'zh-CN': '采购金额', en: 'Spending' },
  savings: { 'zh-CN': '节支率', en: 'Savings' },
  policy: { 'zh-CN': '政策功能', en: 'Policy shares' },
  concentration: { 'zh-CN': '市场集中度', en: 'Concentration' },
  competition: { 'zh-CN': '竞争与参与', en: 'Competition' },
  inspection: { 'zh-CN': '价格巡检', en: 'Inspection' },
  integrity: { 'zh-CN': '诚信等级分布', en: 'Integrity bands' },
  signals: { 'zh-CN': '合规预警', en: 'Compliance signals' },
  financing: { 'zh-CN': '合同融资', en: 'Contract financing' },
};

const H = (zh: string, en: string): Tr => ({ 'zh-CN': zh, en });
const MONTH = H('月份', 'Month');
const TOTAL = H('合计', 'Total');

/** The sheet's title, header and rows for one figure. */
export function figureTable(sheet: FigureSheet, locale: Locale): { title: string; header: string[]; rows: Cell[][] } {
  const t = (x: Tr) => x[locale];
  switch (sheet.figure) {
    case 'spending': {
      const v = sheet.view;
      return {
        title: `${t(TITLES.spending)}-${t(DIMENSION[v.by])}`,
        header: [t(MONTH), t(DIMENSION[v.by]), t(H('编码', 'Key')), t(H('金额（元）', 'Amount (yuan)')), t(H('笔数', 'Records'))],
        rows: [
          ...v.rows.map((r) => [r.month, neutral(r.label), r.key, formatYuan(r.amountFen), r.records]),
          [t(TOTAL), '', '', formatYuan(v.totalFen), v.rows.reduce((s, r) => s + r.records, 0)],
        ],
      };
    }
    case 'savings': {
      const v = sheet.view;
      const cells = (r: SavingsView['total']) => [r.lots, formatYuan(r.budgetFen), formatYuan(r.priceFen), formatYuan(r.savingsFen), bpText(r.rateBp)];
      return {
        title: t(TITLES.savings),
        header: [t(MONTH), t(H('签约标包数', 'Lots')), t(H('预算（元）', 'Budget (yuan)')), t(H('成交金额（元）', 'Contract (yuan)')), t(H('节支金额（元）', 'Savings (yuan)')), t(H('节支率', 'Savings rate'))],
        rows: [...v.rows.map((r) => [r.month, ...cells(r)]), [t(TOTAL), ...cells(v.total)]],
      };
    }
    case 'policy': {
      const v = sheet.view;
      const cells = (r: PolicyView['total']) => [
        formatYuan(r.totalFen), formatYuan(r.greenFen), bpText(r.greenBp), formatYuan(r.smeFen), bpText(r.smeBp),
        formatYuan(r.firstOfKindFen), bpText(r.firstOfKindBp), formatYuan(r.ruralFen), bpText(r.ruralBp),
      ];
      return {
        title: t(TITLES.policy),
        header: [
          t(MONTH), t(H('采购金额（元）', 'Spending (yuan)')), t(H('绿色采购（元）', 'Green (yuan)')), t(H('绿色占比', 'Green share')),
          t(H('中小企业（元）', 'SME (yuan)')), t(H(`中小企业占比（目标 ${bpText(v.smeTargetBp)}）`, `SME share (target ${bpText(v.smeTargetBp)})`)),
          t(H('首台套（元）', 'First-of-kind (yuan)')), t(H('首台套占比', 'First-of-kind share')), t(H('脱贫地区农副产品（元）', 'Rural (yuan)')), t(H('农副产品占比', 'Rural share')),
        ],
        rows: [...v.rows.map((r) => [r.month, ...cells(r)]), [t(TOTAL), ...cells(v.total)]],
      };
    }
    case 'concentration':
      return {
        title: t(TITLES.concentration),
        header: [t(H('品目编码', 'Category code')), t(H('品目', 'Category')), t(H('采购金额（元）', 'Spending (yuan)')), t(H('供应商数', 'Suppliers')), 'HHI', t(H('最大供应商', 'Largest supplier')), t(H('最大份额', 'Largest share'))],
        rows: sheet.view.rows.map((r) => [r.categoryCode, neutral(r.label), formatYuan(r.totalFen), r.suppliers, r.hhi, neutral(r.topSupplier), bpText(r.topShareBp)]),
      };
    case 'competition': {
      const v = sheet.view;
      return {
        title: t(TITLES.competition),
        header: [t(MONTH), t(H('开标标包数', 'Opened lots')), t(H('有效投标数', 'Valid bids')), t(H('平均有效投标', 'Bids per lot')), t(H('投标供应商', 'Bidding suppliers')), t(H('成交供应商（网上超市）', 'Selling suppliers (mall)')), t(H('参与供应商', 'Participating suppliers'))],
        rows: [
          ...v.rows.map((r) => [r.month, r.lots, r.validBids, hundredthsText(r.bidsPerLotHundredths), r.bidders, r.sellers, r.suppliers]),
          [t(TOTAL), v.total.lots, v.total.validBids, hundredthsText(v.total.bidsPerLotHundredths), '', '', ''],
        ],
      };
    }
    case 'inspection': {
      const v = sheet.view;
      const cells = (r: InspectionView['total']) => [r.total, r.open, r.justified, r.dismissed, r.corrected, r.delisted];
      return {
        title: t(TITLES.inspection),
        header: [t(MONTH), t(H('发现数', 'Findings')), t(H('待更正或说明', 'Open')), t(H('已说明待审核', 'Justified')), t(H('已驳回', 'Dismissed')), t(H('已更正', 'Corrected')), t(H('逾期已下架', 'Delisted'))],
        rows: [...v.rows.map((r) => [r.month, ...cells(r)]), [t(TOTAL), ...cells(v.total)]],
      };
    }
    case 'integrity': {
      const v = sheet.view;
      // No total row: the same suppliers are counted every month. The first row is now.
      return {
        title: t(TITLES.integrity),
        header: [t(MONTH), t(H('A 级', 'Band A')), t(H('B 级', 'Band B')), t(H('C 级', 'Band C')), t(H('D 级', 'Band D')), t(H('尚未评分', 'Not yet scored')), t(H('供应商数', 'Suppliers'))],
        rows: [
          [t(H('当前', 'Now')), v.now.a, v.now.b, v.now.c, v.now.d, v.now.unscored, v.now.total],
          ...v.rows.map((r) => [r.month, r.a, r.b, r.c, r.d, '', r.total]),
        ],
      };
    }
    case 'signals': {
      const v = sheet.view;
      const cells = (r: SignalCounts) => [r.total, r.orderSplitting, r.sameOrigin, r.identicalDocuments, r.pricePattern, r.sharedPeople, r.expertDeviation, r.open, r.dismissed, r.referred];
      return {
        title: t(TITLES.signals),
        header: [
          t(MONTH), t(H('预警数', 'Signals')), t(H('化整为零', 'Order splitting')), t(H('同一IP或设备投标', 'Same IP or device')), t(H('投标文件雷同', 'Identical documents')),
          t(H('报价呈规律', 'Price pattern')), t(H('同一人员投标', 'Same person')), t(H('评委评分偏差', 'Expert deviation')),
          t(H('待处理', 'Open')), t(H('已排除', 'Dismissed')), t(H('已移交', 'Referred')),
        ],
        rows: [
          ...v.rows.map((r) => [r.month, ...cells(r)]),
          [t(TOTAL), ...cells(v.total)],
          [t(H('全部预警当前状态', 'All signals now')), '', '', '', '', '', '', '', v.now.open, v.now.dismissed, v.now.referred],
        ],
      };
    }
    case 'financing': {
      const v = sheet.view;
      // Applications by the month they were made, by the status each is in now.
      const cells = (figures: FinancingStatusFigure[]) => {
        const count = (state: string) => figures.find((f) => f.state === state)?.count ?? 0;
        return [
          figures.reduce((n, f) => n + f.count, 0), formatYuan(figures.reduce((n, f) => n + f.amountFen, 0n)), formatYuan(figures.reduce((n, f) => n + f.lenderAmountFen, 0n)),
          count('applied'), count('approved'), count('rejected'), count('disbursed'), count('repaid'),
        ];
      };
      return {
        title: t(TITLES.financing),
        header: [
          t(MONTH), t(H('申请数', 'Applications')), t(H('申请金额（元）', 'Applied (yuan)')), t(H('银行批准金额（元）', 'Approved by lenders (yuan)')),
          t(H('待银行审批', 'Awaiting the lender')), t(H('已批准', 'Approved')), t(H('已拒绝', 'Rejected')), t(H('已放款', 'Disbursed')), t(H('已还款', 'Repaid')),
        ],
        rows: [...v.rows.map((r) => [r.month, ...cells(r.byState)]), [t(TOTAL), ...cells(v.total)]],
      };
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: FigureSheet, locale: Locale): void {
  const table = figureTable(sheet, locale);
  const ws = workbook.addWorksheet(table.title.slice(0, 31));
  ws.addRow(table.header);
  ws.getRow(1).font = { bold: true };
  for (const row of table.rows) ws.addRow(row);
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 16));
}

/** One figure as an .xlsx with one sheet. */
export async function figureWorkbook(sheet: FigureSheet, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, sheet, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A report: one sheet per figure (spending once per dimension). */
export async function reportWorkbook(figures: AllFigures, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const view of Object.values(figures.spending)) addSheet(workbook, { figure: 'spending', view }, locale);
  addSheet(workbook, { figure: 'savings', view: figures.savings }, locale);
  addSheet(workbook, { figure: 'policy', view: figures.policy }, locale);
  addSheet(workbook, { figure: 'concentration', view: figures.concentration }, locale);
  addSheet(workbook, { figure: 'competition', view: figures.competition }, locale);
  addSheet(workbook, { figure: 'inspection', view: figures.inspection }, locale);
  addSheet(workbook, { figure: 'integrity', view: figures.integrity }, locale);
  addSheet(workbook, { figure: 'signals', view: figures.signals }, locale);
  addSheet(workbook, { figure: 'financing', view: figures.financing }, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
