import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplianceSignalKind, ComplianceSignalSeverity, parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { type LotBid, lotSignals, type SignalCandidate } from './collusion-rules.js';
import { periodOf } from './signal-periods.js';
import { LINE_CATEGORY_CODE, LINE_CATEGORY_JOINS } from '../order-line-category.js';

export interface CheckOutcome { raised: number; refreshed: number }

/** Lots whose opening has concluded: their bids are opened and may be compared. */
const AFTER_OPENING = `('evaluating', 'recommended', 'awarded', 'contracted', 'failed', 'cancelled')`;
/** Every version a supplier stood by: not the ones it withdrew or replaced. */
const STOOD_BY = `('submitted', 'opened', 'not_decrypted', 'invalid', 'disqualified')`;

/**
 * Detects compliance signals and records them. Order splitting is one grouped statement per
 * period; the tender hints read one lot's bids at a time. The same facts (dedupe key) never
 * raise a second signal: a re-run refreshes the evidence of an open one and leaves a reviewed
 * one alone. Every raise and refresh is audited.
 */
@Injectable()
export class ComplianceChecks {
  constructor(private readonly db: TenantDb) {}

  /** Everything, now or at `asOf`: order splitting and every lot after opening. */
  runAll(ctx: TenantContext, asOf: Date, trigger: 'manual' | 'schedule'): Promise<CheckOutcome> {
    return this.db.transaction(ctx, async (em, tx) => {
      const a = await this.orderSplittingIn(em, tx, ctx, asOf);
      const b = await this.tendersIn(em, tx, ctx, null);
      const outcome = { raised: a.raised + b.raised, refreshed: a.refreshed + b.refreshed };
      tx.audit({ action: 'oversight.compliance-checks.run', subjectType: 'tenant', subjectId: ctx.tenantId, change: { trigger, asOf: asOf.toISOString(), ...outcome } });
      return outcome;
    });
  }

  /**
   * 化整为零: per purchasing unit and category (at the tenant's level), the one-click orders
   * (each at most the one-click limit) and the orders awarded from inquiries and reverse
   * auctions (each below the tender threshold by their route), not cancelled or rejected, of
   * the period whose sum reaches the public-tender threshold. Checks the period of `asOf` and, on the first day of
   * a period, the one just ended, so the nightly run after its last day still sees it.
   */
  async orderSplittingIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, asOf: Date): Promise<CheckOutcome> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const settings = parseTenantSettings(tenant.settings);
    const codeLength = settings.signals.splittingCategoryLevel * 2 - 1;
    const threshold = BigInt(settings.purchaseRoutes.publicTenderMinFen);
    const directMax = BigInt(settings.purchaseRoutes.directOrderMaxFen);
    const periods = [periodOf(asOf, tenant.timeZone, settings.signals.splittingPeriod), periodOf(new Date(asOf.getTime() - 86_400_000), tenant.timeZone, settings.signals.splittingPeriod)];
    const candidates: SignalCandidate[] = [];
    for (const period of periods.filter((p, i) => i === 0 || p.label !== periods[0].label)) {
      const groups = await em.execute<{ unit_id: string; code: string; sum_fen: string; orders: NonNullable<SignalCandidate['evidence']['orders']> }[]>(
        `with lines as (
           select o.id, o.order_no, o.buyer_id, o.supplier_id, o.created_at, o.total_fen, left(${LINE_CATEGORY_CODE}, ?) as code, sum(l.unit_price_fen * l.quantity) as amount
           from mall_order o
           join mall_order_line l on l.order_id = o.id
           ${LINE_CATEGORY_JOINS}
           where o.state not in ('cancelled', 'rejected') and o.created_at >= ? and o.created_at < ?
             and (o.total_fen <= ? or o.origin <> 'catalog') and ${LINE_CATEGORY_CODE} is not null
           group by o.id, left(${LINE_CATEGORY_CODE}, ?)
         )
         select buyer_id as unit_id, code, sum(amount)::text as sum_fen,
           jsonb_agg(jsonb_build_object('orderId', id, 'orderNo', order_no, 'supplierId', supplier_id, 'amountFen', amount::text, 'totalFen', total_fen::text,
             'placedAt', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by created_at, id) as orders
         from lines group by buyer_id, code
         having sum(amount) >= ? and count(*) >= 2`,
        [codeLength, period.from, period.to, directMax.toString(), codeLength, threshold.toString()],
      );
      for (const g of groups) {
        candidates.push({
          kind: ComplianceSignalKind.OrderSplitting, severity: ComplianceSignalSeverity.High,
          dedupeKey: `${ComplianceSignalKind.OrderSplitting}:${g.unit_id}:${g.code}:${period.label}`,
          unitId: g.unit_id, categoryCode: g.code, period: period.label, amountFen: BigInt(g.sum_fen),
          evidence: {
            orders: g.orders, thresholdFen: threshold.toString(), directOrderMaxFen: directMax.toString(),
            period: { label: period.label, from: period.from.toISOString(), to: period.to.toISOString() },
          },
        });
      }
    }
    return upsertSignals(em, tx, ctx, candidates);
  }

  /** One lot (after its opening) or, with null, every lot after opening. */
  async tendersIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, lotId: string | null): Promise<CheckOutcome> {
    const lots = await em.execute<{ id: string; budget_fen: string }[]>(
      `select id, budget_fen::text from tender_lot where state in ${AFTER_OPENING} ${lotId ? 'and id = ?' : ''}`,
      lotId ? [lotId] : [],
    );
    const candidates: SignalCandidate[] = [];
    for (const lot of lots) {
      // In the order they were submitted: a signal's evidence lists its bids the same way every time.
      const rows = await em.execute<{
        id: string; supplier_id: string; submitted_by: string; bidder_public_key: string; submitted_ip: string | null; device_id: string | null; price_fen: string | null;
        documents: { name?: string; sm3?: string }[] | null; opened: boolean; legal_representative: string | null; contact_phone: string | null;
      }[]>(
        `select b.id, b.supplier_id, b.submitted_by, b.bidder_public_key, b.submitted_ip, b.device_id, b.price_fen::text, b.price_form -> 'documents' as documents,
           b.state in ('opened', 'disqualified') as opened, o.legal_representative, o.contact_phone
         from tender_bid b join organisation o on o.id = b.supplier_id where b.lot_id = ? and b.state in ${STOOD_BY}
         order by b.submitted_at, b.id`,
        [lot.id],
      );
      const bids: LotBid[] = rows.map((r) => ({
        bidId: r.id, supplierId: r.supplier_id, submittedBy: r.submitted_by, publicKey: r.bidder_public_key, ip: r.submitted_ip, deviceId: r.device_id,
        legalRepresentative: r.legal_representative, contactPhone: r.contact_phone,
        priceFen: r.opened && r.price_fen !== null ? BigInt(r.price_fen) : null,
        documents: (Array.isArray(r.documents) ? r.documents : []).filter((d) => typeof d?.sm3 === 'string').map((d) => ({ name: String(d.name ?? ''), sm3: d.sm3! })),
      }));
      candidates.push(...lotSignals(lot.id, BigInt(lot.budget_fen), bids), ...await this.expertDeviations(em, lot.id));
    }
    return upsertSignals(em, tx, ctx, candidates);
  }

  /** One signal per expert of the lot whom the evaluation's deviation analysis flagged. */
  private async expertDeviations(em: EntityManager, lotId: string): Promise<SignalCandidate[]> {
    const rows = await em.execute<{ expert_id: string; deviations: NonNullable<SignalCandidate['evidence']['deviations']> }[]>(
      `select d.expert_id, jsonb_agg(jsonb_build_object('bidId', d.bid_id, 'supplierId', b.supplier_id, 'criterionKey', d.criterion_key, 'scoreHundredths', d.score_hundredths,
         'meanHundredths', d.mean_hundredths, 'maxHundredths', d.max_hundredths, 'beyondThreshold', d.beyond_threshold, 'beyondZ', d.beyond_z, 'reason', d.reason) order by d.created_at, d.id) as deviations
       from score_deviation d join tender_bid b on b.id = d.bid_id
       where d.lot_id = ? group by d.expert_id`,
      [lotId],
    );
    return rows.map((r) => ({
      kind: ComplianceSignalKind.ExpertDeviation, severity: ComplianceSignalSeverity.Medium, lotId, expertId: r.expert_id,
      dedupeKey: `${ComplianceSignalKind.ExpertDeviation}:${lotId}:${r.expert_id}`, evidence: { deviations: r.deviations },
    }));
  }
}

/**
 * Records candidates in one statement: new dedupe keys are inserted; an open signal with the
 * same key gets the new evidence when it differs; a reviewed one is left as it was.
 */
export async function upsertSignals(em: EntityManager, tx: TxEffects, ctx: TenantContext, candidates: SignalCandidate[]): Promise<CheckOutcome> {
  if (!candidates.length) return { raised: 0, refreshed: 0 };
  const now = new Date();
  // One statement cannot touch a row twice: the last candidate of a key wins.
  const unique = [...new Map(candidates.map((c) => [c.dedupeKey, c])).values()];
  const rows = unique.map((c) => ({
    kind: c.kind, severity: c.severity, dedupe_key: c.dedupeKey, unit_id: c.unitId ?? null, category_code: c.categoryCode ?? null, period: c.period ?? null,
    lot_id: c.lotId ?? null, auction_id: c.auctionId ?? null, expert_id: c.expertId ?? null, amount_fen: c.amountFen?.toString() ?? null, evidence: c.evidence,
  }));
  const changed = await em.execute<{ id: string; kind: string; dedupe_key: string; inserted: boolean }[]>(
    `insert into compliance_signal (id, tenant_id, kind, severity, dedupe_key, unit_id, category_code, period, lot_id, auction_id, expert_id, amount_fen, evidence, created_at, updated_at)
     select gen_random_uuid(), ?, x.kind::compliance_signal_kind, x.severity::compliance_signal_severity, x.dedupe_key, x.unit_id, x.category_code, x.period, x.lot_id, x.auction_id, x.expert_id, x.amount_fen, x.evidence, ?, ?
     from jsonb_to_recordset(?::jsonb) as x(kind text, severity text, dedupe_key text, unit_id uuid, category_code text, period text, lot_id uuid, auction_id uuid, expert_id uuid, amount_fen bigint, evidence jsonb)
     on conflict (tenant_id, dedupe_key) do update set evidence = excluded.evidence, amount_fen = excluded.amount_fen, updated_at = excluded.updated_at
       where compliance_signal.state = 'open' and compliance_signal.evidence is distinct from excluded.evidence
     returning id, kind, dedupe_key, (xmax = 0) as inserted`,
    [ctx.tenantId, now, now, JSON.stringify(rows)],
  );
  for (const s of changed) {
    tx.audit({ action: `oversight.compliance-signal.${s.inserted ? 'raise' : 'refresh'}`, subjectType: 'compliance_signal', subjectId: s.id, change: { kind: s.kind, dedupeKey: s.dedupe_key } });
  }
  const raised = changed.filter((s) => s.inserted).length;
  return { raised, refreshed: changed.length - raised };
}
