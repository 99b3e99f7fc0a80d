import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IntegrityBandMonth, isUuid, parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { parsePeriod, shareBp, type StatisticsPeriod } from './statistics-period.js';
import {
  competitionRows, concentrationRows, type FigureScope, financingRows, inspectionRows, integrityBandRows, integrityBandsNow, policyRows, savingsRows,
  signalRows, signalStatesNow, type SpendingDimension, spendingRows,
} from './statistics-sql.js';
import {
  type AllFigures, type CompetitionView, type ConcentrationView, financingView, type InspectionView, type IntegrityBandView, METHOD_LABELS, type PolicyView, type SavingsView,
  type SignalCounts, type SignalView, type SpendingView,
} from './statistics-views.js';

export interface StatisticsFilter {
  /** The purchasing unit (采购单位). */
  unitId?: string | null;
  /** A 品目 code prefix: `A02` counts A02 and everything under it. */
  categoryCode?: string | null;
}

export const SPENDING_DIMENSIONS: readonly SpendingDimension[] = ['method', 'category', 'subcategory', 'unit', 'supplier'];

const CATEGORY_PREFIX = /^[ABC](\d{2}){0,6}$/;

/** Half-up basis points that keep their sign (savings can be negative). */
const signedBp = (part: bigint, whole: bigint) => (part < 0n ? -shareBp(-part, whole) : shareBp(part, whole));
/** Hundredths of a ÷ b, half-up. */
const hundredths = (a: number, b: number) => (b === 0 ? 0 : Math.floor((a * 200 + b) / (2 * b)));

/**
 * The finance department's figures: one set-based statement per figure over the tenant's
 * records, read-only in one snapshot (RLS scopes it to the tenant). The definitions are in
 * docs/oversight.md, "Statistics".
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly db: TenantDb) {}

  spending(ctx: TenantContext, period: { from: string; to: string }, filter: StatisticsFilter | null | undefined, by: SpendingDimension): Promise<SpendingView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.spendingIn(em, ctx, await scopeOf(em, ctx, p, f), by));
  }

  savings(ctx: TenantContext, period: { from: string; to: string }, filter?: StatisticsFilter | null): Promise<SavingsView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.savingsIn(em, await scopeOf(em, ctx, p, f), p));
  }

  policy(ctx: TenantContext, period: { from: string; to: string }, filter?: StatisticsFilter | null): Promise<PolicyView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.policyIn(em, ctx, await scopeOf(em, ctx, p, f), p));
  }

  concentration(ctx: TenantContext, period: { from: string; to: string }, filter?: StatisticsFilter | null): Promise<ConcentrationView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.concentrationIn(em, await scopeOf(em, ctx, p, f)));
  }

  competition(ctx: TenantContext, period: { from: string; to: string }, filter?: StatisticsFilter | null): Promise<CompetitionView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.competitionIn(em, await scopeOf(em, ctx, p, f), p));
  }

  inspection(ctx: TenantContext, period: { from: string; to: string }, filter?: StatisticsFilter | null): Promise<InspectionView> {
    const p = parsePeriod(period);
    const f = checkFilter(filter);
    return this.db.snapshot(ctx, async (em) => this.inspectionIn(em, await scopeOf(em, ctx, p, f), p));
  }

  /** Filters do not apply: a band belongs to a supplier, and most signals have no unit or category. */
  integrity(ctx: TenantContext, period: { from: string; to: string }): Promise<IntegrityBandView> {
    const p = parsePeriod(period);
    return this.db.snapshot(ctx, async (em) => this.integrityIn(em, await scopeOf(em, ctx, p, {}), p));
  }

  signals(ctx: TenantContext, period: { from: string; to: string }): Promise<SignalView> {
    const p = parsePeriod(period);
    return this.db.snapshot(ctx, async (em) => this.signalsIn(em, await scopeOf(em, ctx, p, {}), p));
  }

  /** Every figure of a period in one consistent snapshot: what a report holds. */
  all(ctx: TenantContext, p: StatisticsPeriod): Promise<AllFigures> {
    return this.db.snapshot(ctx, async (em) => {
      const scope = await scopeOf(em, ctx, p, {});
      const spending = {} as AllFigures['spending'];
      for (const by of SPENDING_DIMENSIONS) spending[by] = await this.spendingIn(em, ctx, scope, by);
      return {
        from: p.from, to: p.to, spending,
        savings: await this.savingsIn(em, scope, p),
        policy: await this.policyIn(em, ctx, scope, p),
        concentration: await this.concentrationIn(em, scope),
        competition: await this.competitionIn(em, scope, p),
        inspection: await this.inspectionIn(em, scope, p),
        integrity: await this.integrityIn(em, scope, p),
        signals: await this.signalsIn(em, scope, p),
        financing: financingView(await financingRows(em, scope), p.months),
      };
    });
  }

  private async spendingIn(em: EntityManager, ctx: TenantContext, scope: FigureScope, by: SpendingDimension): Promise<SpendingView> {
    const raw = await spendingRows(em, scope, by);
    const label = (key: string, stored: string | null) => (by === 'method' ? (METHOD_LABELS[key]?.[ctx.locale] ?? key) : (stored ?? key));
    const rows = raw.map((r) => ({ month: r.month, key: r.key, label: label(r.key, r.label), amountFen: BigInt(r.amount_fen), records: r.records }));
    const totalsByKey = new Map<string, { key: string; label: string; amountFen: bigint; records: number }>();
    for (const r of rows) {
      const t = totalsByKey.get(r.key) ?? { key: r.key, label: r.label, amountFen: 0n, records: 0 };
      t.amountFen += r.amountFen;
      t.records += r.records;
      totalsByKey.set(r.key, t);
    }
    const totalFen = rows.reduce((s, r) => s + r.amountFen, 0n);
    const totals = [...totalsByKey.values()]
      .sort((a, b) => (a.amountFen === b.amountFen ? a.key.localeCompare(b.key) : a.amountFen > b.amountFen ? -1 : 1))
      .map((t) => ({ ...t, shareBp: shareBp(t.amountFen, totalFen) }));
    return { by, totalFen, rows, totals };
  }

  private async savingsIn(em: EntityManager, scope: FigureScope, p: StatisticsPeriod): Promise<SavingsView> {
    const byMonth = new Map((await savingsRows(em, scope)).map((r) => [r.month, r]));
    const line = (lots: number, budgetFen: bigint, priceFen: bigint) => ({ lots, budgetFen, priceFen, savingsFen: budgetFen - priceFen, rateBp: signedBp(budgetFen - priceFen, budgetFen) });
    const rows = p.months.map((month) => {
      const r = byMonth.get(month);
      return { month, ...line(r?.lots ?? 0, BigInt(r?.budget_fen ?? 0), BigInt(r?.price_fen ?? 0)) };
    });
    return { rows, total: line(rows.reduce((s, r) => s + r.lots, 0), rows.reduce((s, r) => s + r.budgetFen, 0n), rows.reduce((s, r) => s + r.priceFen, 0n)) };
  }

  private async policyIn(em: EntityManager, ctx: TenantContext, scope: FigureScope, p: StatisticsPeriod): Promise<PolicyView> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const byMonth = new Map((await policyRows(em, scope)).map((r) => [r.month, r]));
    const line = (t: bigint, g: bigint, s: bigint, f: bigint, r: bigint) => ({
      totalFen: t, greenFen: g, smeFen: s, firstOfKindFen: f, ruralFen: r,
      greenBp: shareBp(g, t), smeBp: shareBp(s, t), firstOfKindBp: shareBp(f, t), ruralBp: shareBp(r, t),
    });
    const rows = p.months.map((month) => {
      const r = byMonth.get(month);
      return { month, ...line(BigInt(r?.total_fen ?? 0), BigInt(r?.green_fen ?? 0), BigInt(r?.sme_fen ?? 0), BigInt(r?.first_of_kind_fen ?? 0), BigInt(r?.rural_fen ?? 0)) };
    });
    const sum = (k: 'totalFen' | 'greenFen' | 'smeFen' | 'firstOfKindFen' | 'ruralFen') => rows.reduce((s, r) => s + r[k], 0n);
    return {
      smeTargetBp: parseTenantSettings(tenant.settings).evaluation.smeReservedShareBp,
      rows,
      total: line(sum('totalFen'), sum('greenFen'), sum('smeFen'), sum('firstOfKindFen'), sum('ruralFen')),
    };
  }

  private async concentrationIn(em: EntityManager, scope: FigureScope): Promise<ConcentrationView> {
    const rows = (await concentrationRows(em, scope)).map((r) => ({
      categoryCode: r.key, label: r.label ?? r.key, totalFen: BigInt(r.total_fen), suppliers: r.suppliers, hhi: r.hhi,
      topSupplier: r.top_supplier ?? '', topShareBp: shareBp(BigInt(r.top_fen), BigInt(r.total_fen)),
    }));
    return { rows };
  }

  private async competitionIn(em: EntityManager, scope: FigureScope, p: StatisticsPeriod): Promise<CompetitionView> {
    const byMonth = new Map((await competitionRows(em, scope)).map((r) => [r.month, r]));
    const rows = p.months.map((month) => {
      const r = byMonth.get(month);
      const lots = r?.lots ?? 0;
      const validBids = r?.valid_bids ?? 0;
      return { month, lots, validBids, bidsPerLotHundredths: hundredths(validBids, lots), bidders: r?.bidders ?? 0, sellers: r?.sellers ?? 0, suppliers: r?.suppliers ?? 0 };
    });
    const lots = rows.reduce((s, r) => s + r.lots, 0);
    const validBids = rows.reduce((s, r) => s + r.validBids, 0);
    return { rows, total: { lots, validBids, bidsPerLotHundredths: hundredths(validBids, lots) } };
  }

  private async inspectionIn(em: EntityManager, scope: FigureScope, p: StatisticsPeriod): Promise<InspectionView> {
    const byMonth = new Map((await inspectionRows(em, scope)).map((r) => [r.month, r]));
    const keys = ['total', 'open', 'justified', 'dismissed', 'corrected', 'delisted'] as const;
    const rows = p.months.map((month) => {
      const r = byMonth.get(month);
      return { month, ...Object.fromEntries(keys.map((k) => [k, r?.[k] ?? 0])) } as InspectionView['rows'][number];
    });
    const total = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as InspectionView['total'];
    return { rows, total };
  }

  private async integrityIn(em: EntityManager, scope: FigureScope, p: StatisticsPeriod): Promise<IntegrityBandView> {
    const tenant = await em.findOneOrFail(Tenant, { id: scope.tenantId });
    const rules = parseTenantSettings(tenant.settings).integrity;
    const now = await integrityBandsNow(em, scope.tenantId);
    const byMonth = new Map((await integrityBandRows(em, scope, rules)).map((r) => [r.month, r]));
    // A month that is over and was kept by the nightly recompute shows what was seen then
    // (thresholds and appeal outcomes of the time); the running month and older ones are replayed.
    const running = new Intl.DateTimeFormat('en-CA', { timeZone: tenant.timeZone, year: 'numeric', month: '2-digit' }).format(new Date());
    for (const kept of await em.find(IntegrityBandMonth, { month: { $in: p.months } })) {
      if (kept.month !== running && byMonth.has(kept.month)) byMonth.set(kept.month, { month: kept.month, a: kept.a, b: kept.b, c: kept.c, d: kept.d });
    }
    // Months not begun yet have no row: nothing can be said about them.
    const rows = p.months.filter((m) => byMonth.has(m)).map((month) => {
      const r = byMonth.get(month)!;
      return { month, a: r.a, b: r.b, c: r.c, d: r.d, total: r.a + r.b + r.c + r.d };
    });
    return { now: { ...now, total: now.a + now.b + now.c + now.d + now.unscored }, rows };
  }

  private async signalsIn(em: EntityManager, scope: FigureScope, p: StatisticsPeriod): Promise<SignalView> {
    const byMonth = new Map((await signalRows(em, scope)).map((r) => [r.month, r]));
    const rows = p.months.map((month) => {
      const r = byMonth.get(month);
      return {
        month, total: r?.total ?? 0, open: r?.open ?? 0, dismissed: r?.dismissed ?? 0, referred: r?.referred ?? 0,
        orderSplitting: r?.order_splitting ?? 0, sameOrigin: r?.same_origin ?? 0, identicalDocuments: r?.identical_documents ?? 0,
        pricePattern: r?.price_pattern ?? 0, sharedPeople: r?.shared_people ?? 0, expertDeviation: r?.expert_deviation ?? 0,
      };
    });
    const keys = ['total', 'open', 'dismissed', 'referred', 'orderSplitting', 'sameOrigin', 'identicalDocuments', 'pricePattern', 'sharedPeople', 'expertDeviation'] as const;
    const total = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as unknown as SignalCounts;
    return { rows, total, now: await signalStatesNow(em, scope.tenantId) };
  }
}

function checkFilter(filter: StatisticsFilter | null | undefined): { unitId: string | null; categoryCode: string | null } {
  const unitId = filter?.unitId ?? null;
  const categoryCode = filter?.categoryCode?.trim() || null;
  if (unitId !== null && !isUuid(unitId)) throw new AppError('STATISTICS_FILTER_INVALID', { field: 'filter.unitId', value: unitId });
  if (categoryCode !== null && !CATEGORY_PREFIX.test(categoryCode)) throw new AppError('STATISTICS_FILTER_INVALID', { field: 'filter.categoryCode', value: categoryCode });
  return { unitId, categoryCode };
}

async function scopeOf(em: EntityManager, ctx: TenantContext, p: StatisticsPeriod, f: { unitId?: string | null; categoryCode?: string | null }): Promise<FigureScope> {
  const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
  return { tenantId: ctx.tenantId, timeZone: tenant.timeZone, from: p.from, to: p.to, unitId: f.unitId ?? null, categoryCode: f.categoryCode ?? null };
}
