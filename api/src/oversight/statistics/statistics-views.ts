import { FinancingState, type Fen, type Locale } from '@zhengcai/schema';
import type { FinancingMonthRow, SpendingDimension } from './statistics-sql.js';

/** How each purchase was made: the mall, or the tender project's method. */
export const METHOD_LABELS: Record<string, Record<Locale, string>> = {
  mall: { 'zh-CN': '网上超市', en: 'E-mall' },
  public_tender: { 'zh-CN': '公开招标', en: 'Public tender' },
  invited_tender: { 'zh-CN': '邀请招标', en: 'Invited tender' },
  competitive_negotiation: { 'zh-CN': '竞争性谈判', en: 'Competitive negotiation' },
  competitive_consultation: { 'zh-CN': '竞争性磋商', en: 'Competitive consultation' },
  inquiry: { 'zh-CN': '询价', en: 'Inquiry' },
  single_source: { 'zh-CN': '单一来源', en: 'Single source' },
};

export interface SpendingLine { month: string; key: string; label: string; amountFen: Fen; records: number }
export interface SpendingTotal { key: string; label: string; amountFen: Fen; records: number; shareBp: number }
export interface SpendingView { by: SpendingDimension; totalFen: Fen; rows: SpendingLine[]; totals: SpendingTotal[] }

export interface SavingsLine { month: string; lots: number; budgetFen: Fen; priceFen: Fen; savingsFen: Fen; rateBp: number }
export interface SavingsView { rows: SavingsLine[]; total: Omit<SavingsLine, 'month'> }

export interface PolicyLine {
  month: string;
  totalFen: Fen;
  greenFen: Fen;
  smeFen: Fen;
  firstOfKindFen: Fen;
  ruralFen: Fen;
  greenBp: number;
  smeBp: number;
  firstOfKindBp: number;
  ruralBp: number;
}
export interface PolicyView { smeTargetBp: number; rows: PolicyLine[]; total: Omit<PolicyLine, 'month'> }

export interface ConcentrationLine { categoryCode: string; label: string; totalFen: Fen; suppliers: number; hhi: number; topSupplier: string; topShareBp: number }
export interface ConcentrationView { rows: ConcentrationLine[] }

export interface CompetitionLine { month: string; lots: number; validBids: number; bidsPerLotHundredths: number; bidders: number; sellers: number; suppliers: number }
export interface CompetitionView { rows: CompetitionLine[]; total: { lots: number; validBids: number; bidsPerLotHundredths: number } }

export interface InspectionLine { month: string; total: number; open: number; justified: number; dismissed: number; corrected: number; delisted: number }
export interface InspectionView { rows: InspectionLine[]; total: Omit<InspectionLine, 'month'> }

export interface BandCounts { a: number; b: number; c: number; d: number }
export interface IntegrityBandLine extends BandCounts { month: string; total: number }
/** Suppliers per band now (with those not yet scored) and at each month's end. */
export interface IntegrityBandView { now: BandCounts & { unscored: number; total: number }; rows: IntegrityBandLine[] }

export interface SignalCounts {
  total: number; open: number; dismissed: number; referred: number;
  orderSplitting: number; sameOrigin: number; identicalDocuments: number; pricePattern: number; sharedPeople: number; expertDeviation: number;
}
export interface SignalLine extends SignalCounts { month: string }
/** Signals raised per month by kind and state now; `now` counts every signal of the tenant by state. */
export interface SignalView { rows: SignalLine[]; total: SignalCounts; now: { open: number; dismissed: number; referred: number } }

export interface FinancingStatusFigure { state: FinancingState; count: number; amountFen: Fen; lenderAmountFen: Fen }
/** A month's financing applications, one figure per lender status (every status, zeros included). */
export interface FinancingMonth { month: string; byState: FinancingStatusFigure[] }
export interface FinancingView { rows: FinancingMonth[]; total: FinancingStatusFigure[] }

const FINANCING_STATES = Object.values(FinancingState);

/** The months of a period from the grouped rows, and the period's total per status. */
export function financingView(raw: readonly FinancingMonthRow[], months: readonly string[]): FinancingView {
  const figure = (state: FinancingState, rows: readonly FinancingMonthRow[]): FinancingStatusFigure => {
    const mine = rows.filter((r) => r.state === state);
    return {
      state,
      count: mine.reduce((n, r) => n + r.n, 0),
      amountFen: mine.reduce((n, r) => n + BigInt(r.amount_fen), 0n),
      lenderAmountFen: mine.reduce((n, r) => n + BigInt(r.lender_fen), 0n),
    };
  };
  return {
    rows: months.map((month) => ({ month, byState: FINANCING_STATES.map((state) => figure(state, raw.filter((r) => r.month === month))) })),
    total: FINANCING_STATES.map((state) => figure(state, raw)),
  };
}

/** Every figure of a period, as a report holds them. */
export interface AllFigures {
  from: string;
  to: string;
  spending: Record<SpendingDimension, SpendingView>;
  savings: SavingsView;
  policy: PolicyView;
  concentration: ConcentrationView;
  competition: CompetitionView;
  inspection: InspectionView;
  integrity: IntegrityBandView;
  signals: SignalView;
  financing: FinancingView;
}
