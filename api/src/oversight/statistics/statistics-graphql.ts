import type { CompetitionView, ConcentrationView, InspectionView, IntegrityBandView, PolicyView, SignalView, SavingsView, SpendingView } from './statistics-views.js';

/** Views → GraphQL shapes: money fields lose their `Fen` suffix (the Money scalar formats them). */
export const toSpending = (v: SpendingView) => ({
  by: v.by,
  total: v.totalFen,
  rows: v.rows.map((r) => ({ month: r.month, key: r.key, label: r.label, amount: r.amountFen, records: r.records })),
  totals: v.totals.map((t) => ({ key: t.key, label: t.label, amount: t.amountFen, records: t.records, shareBp: t.shareBp })),
});

const savingsLine = (r: Omit<SavingsView['rows'][number], 'month'> & { month?: string }) => ({
  month: r.month ?? null, lots: r.lots, budget: r.budgetFen, price: r.priceFen, savings: r.savingsFen, rateBp: r.rateBp,
});
export const toSavings = (v: SavingsView) => ({ rows: v.rows.map(savingsLine), total: savingsLine(v.total) });

const policyLine = (r: Omit<PolicyView['rows'][number], 'month'> & { month?: string }) => ({
  month: r.month ?? null, total: r.totalFen, green: r.greenFen, sme: r.smeFen, firstOfKind: r.firstOfKindFen, rural: r.ruralFen,
  greenBp: r.greenBp, smeBp: r.smeBp, firstOfKindBp: r.firstOfKindBp, ruralBp: r.ruralBp,
});
export const toPolicy = (v: PolicyView) => ({ smeTargetBp: v.smeTargetBp, rows: v.rows.map(policyLine), total: policyLine(v.total) });

export const toConcentration = (v: ConcentrationView) => ({
  rows: v.rows.map((r) => ({ categoryCode: r.categoryCode, label: r.label, total: r.totalFen, suppliers: r.suppliers, hhi: r.hhi, topSupplier: r.topSupplier, topShareBp: r.topShareBp })),
});

export const toCompetition = (v: CompetitionView) => ({ rows: v.rows, total: { month: null, ...v.total, bidders: null, sellers: null, suppliers: null } });

export const toInspection = (v: InspectionView) => ({ rows: v.rows, total: { month: null, ...v.total } });

export const toIntegrityBands = (v: IntegrityBandView) => ({ now: { month: null, ...v.now }, rows: v.rows.map((r) => ({ ...r, unscored: null })) });

export const toSignals = (v: SignalView) => ({ rows: v.rows, total: { month: null, ...v.total }, now: v.now });
