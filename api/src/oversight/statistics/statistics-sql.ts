import type { EntityManager } from '@mikro-orm/postgresql';
import { COUNTED_STATES, decayedSql } from '../integrity/integrity-standings.js';
import { LINE_CATEGORY_CODE, LINE_CATEGORY_JOINS } from '../order-line-category.js';

/** What every figure is computed over: the tenant, its time zone, the period's months, optional filters. */
export interface FigureScope {
  tenantId: string;
  timeZone: string;
  from: string;
  to: string;
  unitId: string | null;
  categoryCode: string | null;
}

/**
 * The period's bounds as instants: local midnight of the first day of `from` up to local
 * midnight of the first day after `to`, in the tenant's time zone.
 */
const BOUNDS = `b as (
  select ?::uuid as tid, ?::text as tz,
    ((?::text || '-01')::date::timestamp at time zone ?::text) as t0,
    (((?::text || '-01')::date + interval '1 month')::timestamp at time zone ?::text) as t1,
    ?::uuid as unit, ?::text as cat
)`;

const boundParams = (s: FigureScope) => [s.tenantId, s.timeZone, s.from, s.timeZone, s.to, s.timeZone, s.unitId, s.categoryCode];

/** A policy label claimed on the listing and valid on the day the order was placed. */
const tagged = (tags: string) =>
  `exists (select 1 from jsonb_array_elements(li.policy_tags) t where t->>'tag' in (${tags})
     and (t->>'validUntil' is null or (t->>'validUntil')::date >= (o.created_at at time zone b.tz)::date))`;

/**
 * Spending, one row per purchase item: mall order lines (catalogue orders and orders awarded
 * from inquiries and reverse auctions alike) of orders the supplier confirmed and
 * that were not cancelled or rejected (accepted quantity once accepted), dated by placement;
 * signed tender contracts at their amount, dated by signing.
 */
const SPEND = `spend as (
  select 'mall'::text as source, o.id as record_id, to_char(o.created_at at time zone b.tz, 'YYYY-MM') as month,
    o.buyer_id as unit_id, o.supplier_id, ${LINE_CATEGORY_CODE} as category_code, 'mall'::text as method,
    (l.unit_price_fen * coalesce(l.accepted_quantity, l.quantity))::bigint as amount_fen,
    coalesce(s.enterprise_size::text, '') in ('medium', 'small', 'micro') as sme,
    ${tagged(`'energy_saving', 'environmental_label'`)} as green,
    ${tagged(`'first_of_kind'`)} as first_of_kind,
    ${tagged(`'rural_revitalization'`)} as rural
  from b
    join mall_order o on o.tenant_id = b.tid and o.created_at >= b.t0 and o.created_at < b.t1
    join mall_order_line l on l.tenant_id = b.tid and l.order_id = o.id
    ${LINE_CATEGORY_JOINS}
    join organisation s on s.id = o.supplier_id
  where o.state not in ('placed', 'cancelled', 'rejected')
    and (b.unit is null or o.buyer_id = b.unit) and (b.cat is null or ${LINE_CATEGORY_CODE} like b.cat || '%')
  union all
  select 'tender', k.id, to_char(k.signed_at at time zone b.tz, 'YYYY-MM'),
    k.buyer_id, k.supplier_id, p.category_code, p.method::text, k.amount_fen,
    coalesce(bid.price_form->>'sme', 'none') in ('medium', 'small', 'micro', 'prison_enterprise', 'disability_welfare_unit'),
    false, false, false
  from b
    join tender_contract k on k.tenant_id = b.tid and k.state = 'signed' and k.signed_at >= b.t0 and k.signed_at < b.t1
    join tender_lot lot on lot.id = k.lot_id
    join tender_project p on p.id = lot.project_id
    join tender_award a on a.id = k.award_id
    join tender_bid bid on bid.id = a.bid_id
  where (b.unit is null or k.buyer_id = b.unit) and (b.cat is null or p.category_code like b.cat || '%')
)`;

export type SpendingDimension = 'unit' | 'supplier' | 'category' | 'subcategory' | 'method';

const KEYS: Record<SpendingDimension, { key: string; label: string }> = {
  unit: { key: 'unit_id::text', label: `(select name from organisation where id = g.key::uuid)` },
  supplier: { key: 'supplier_id::text', label: `(select name from organisation where id = g.key::uuid)` },
  category: { key: 'left(category_code, 3)', label: `(select name from category where tenant_id = ? and code = g.key)` },
  subcategory: { key: 'left(category_code, 5)', label: `(select name from category where tenant_id = ? and code = g.key)` },
  method: { key: 'method', label: 'null::text' },
};

export interface SpendingRow { month: string; key: string; label: string | null; amount_fen: string; records: number }

export function spendingRows(em: EntityManager, s: FigureScope, by: SpendingDimension): Promise<SpendingRow[]> {
  const k = KEYS[by];
  const labelParams = k.label.includes('?') ? [s.tenantId] : [];
  return em.execute<SpendingRow[]>(
    `with ${BOUNDS}, ${SPEND},
     g as (select month, ${k.key} as key, sum(amount_fen) as amount_fen, count(distinct record_id)::int as records from spend group by 1, 2)
     select g.month, g.key, ${k.label} as label, g.amount_fen::text as amount_fen, g.records from g order by g.month, g.amount_fen desc, g.key`,
    [...boundParams(s), ...labelParams],
  );
}

export interface SavingsRow { month: string; lots: number; budget_fen: string; price_fen: string }

/** Tender lots with a signed contract: the lot's budget (最高限价) against the contract amount, by month of signing. */
export function savingsRows(em: EntityManager, s: FigureScope): Promise<SavingsRow[]> {
  return em.execute<SavingsRow[]>(
    `with ${BOUNDS}
     select to_char(k.signed_at at time zone b.tz, 'YYYY-MM') as month, count(*)::int as lots,
       sum(lot.budget_fen)::text as budget_fen, sum(k.amount_fen)::text as price_fen
     from b
       join tender_contract k on k.tenant_id = b.tid and k.state = 'signed' and k.signed_at >= b.t0 and k.signed_at < b.t1
       join tender_lot lot on lot.id = k.lot_id
       join tender_project p on p.id = lot.project_id
     where (b.unit is null or k.buyer_id = b.unit) and (b.cat is null or p.category_code like b.cat || '%')
     group by 1 order by 1`,
    boundParams(s),
  );
}

export interface PolicyRow { month: string; total_fen: string; green_fen: string; sme_fen: string; first_of_kind_fen: string; rural_fen: string }

export function policyRows(em: EntityManager, s: FigureScope): Promise<PolicyRow[]> {
  return em.execute<PolicyRow[]>(
    `with ${BOUNDS}, ${SPEND}
     select month, sum(amount_fen)::text as total_fen,
       coalesce(sum(amount_fen) filter (where green), 0)::text as green_fen,
       coalesce(sum(amount_fen) filter (where sme), 0)::text as sme_fen,
       coalesce(sum(amount_fen) filter (where first_of_kind), 0)::text as first_of_kind_fen,
       coalesce(sum(amount_fen) filter (where rural), 0)::text as rural_fen
     from spend group by 1 order by 1`,
    boundParams(s),
  );
}

export interface ConcentrationRow { key: string; label: string | null; total_fen: string; suppliers: number; hhi: number; top_supplier: string | null; top_fen: string }

/** HHI = Σ (supplier share in %)² = 10 000 · Σ aᵢ² ÷ (Σ aᵢ)², exact in numeric and rounded half-up, per top-level category. */
export function concentrationRows(em: EntityManager, s: FigureScope): Promise<ConcentrationRow[]> {
  return em.execute<ConcentrationRow[]>(
    `with ${BOUNDS}, ${SPEND},
     per as (select left(category_code, 3) as key, supplier_id, sum(amount_fen)::numeric as amt from spend group by 1, 2),
     g as (
       select key, sum(amt) as total, count(*)::int as suppliers, sum(amt * amt) as sq,
         (array_agg(supplier_id order by amt desc, supplier_id))[1] as top_id, max(amt) as top_amt
       from per group by key
     )
     select g.key, (select name from category where tenant_id = ? and code = g.key) as label, g.total::text as total_fen, g.suppliers,
       case when g.total > 0 then round(10000 * g.sq / (g.total * g.total))::int else 0 end as hhi,
       (select name from organisation where id = g.top_id) as top_supplier, g.top_amt::text as top_fen
     from g order by g.total desc, g.key`,
    [...boundParams(s), s.tenantId],
  );
}

export interface CompetitionRow { month: string; lots: number; valid_bids: number; bidders: number; sellers: number; suppliers: number }

/**
 * Competition: lots opened in the month and their valid bids (opened, not disqualified);
 * participation: distinct suppliers that submitted a bid in the month, that sold in the mall
 * (spending orders placed in the month), and either.
 */
export function competitionRows(em: EntityManager, s: FigureScope): Promise<CompetitionRow[]> {
  return em.execute<CompetitionRow[]>(
    `with ${BOUNDS}, ${SPEND},
     opened as (
       select to_char(lot.opened_at at time zone b.tz, 'YYYY-MM') as month,
         (select count(*) from tender_bid bd where bd.tenant_id = b.tid and bd.lot_id = lot.id and bd.state = 'opened')::int as valid
       from b
         join tender_lot lot on lot.tenant_id = b.tid and lot.opened_at >= b.t0 and lot.opened_at < b.t1
         join tender_project p on p.id = lot.project_id
       where (b.unit is null or p.buyer_id = b.unit) and (b.cat is null or p.category_code like b.cat || '%')
     ),
     bidding as (
       select distinct to_char(bd.submitted_at at time zone b.tz, 'YYYY-MM') as month, bd.supplier_id, 'bid'::text as kind
       from b
         join tender_bid bd on bd.tenant_id = b.tid and bd.submitted_at >= b.t0 and bd.submitted_at < b.t1
         join tender_lot lot on lot.id = bd.lot_id
         join tender_project p on p.id = lot.project_id
       where (b.unit is null or p.buyer_id = b.unit) and (b.cat is null or p.category_code like b.cat || '%')
     ),
     part as (select * from bidding union all select distinct month, supplier_id, 'sell' from spend where source = 'mall'),
     months as (select month from opened union select month from part)
     select m.month,
       (select count(*) from opened o where o.month = m.month)::int as lots,
       coalesce((select sum(valid) from opened o where o.month = m.month), 0)::int as valid_bids,
       (select count(distinct supplier_id) from part x where x.month = m.month and x.kind = 'bid')::int as bidders,
       (select count(distinct supplier_id) from part x where x.month = m.month and x.kind = 'sell')::int as sellers,
       (select count(distinct supplier_id) from part x where x.month = m.month)::int as suppliers
     from months m order by m.month`,
    boundParams(s),
  );
}

export interface InspectionRow { month: string; total: number; open: number; justified: number; dismissed: number; corrected: number; delisted: number }

/** Price findings raised in the month, by the state they are in now (their outcome). */
export function inspectionRows(em: EntityManager, s: FigureScope): Promise<InspectionRow[]> {
  return em.execute<InspectionRow[]>(
    `with ${BOUNDS}
     select to_char(f.created_at at time zone b.tz, 'YYYY-MM') as month, count(*)::int as total,
       (count(*) filter (where f.state = 'open'))::int as open,
       (count(*) filter (where f.state = 'justified'))::int as justified,
       (count(*) filter (where f.state = 'dismissed'))::int as dismissed,
       (count(*) filter (where f.state = 'corrected'))::int as corrected,
       (count(*) filter (where f.state = 'delisted'))::int as delisted
     from b
       join price_finding f on f.tenant_id = b.tid and f.created_at >= b.t0 and f.created_at < b.t1
       join listing li on li.id = f.listing_id
       join category c on c.id = li.category_id
     where (b.cat is null or c.code like b.cat || '%')
     group by 1 order by 1`,
    boundParams(s),
  );
}

export interface BandNowRow { a: number; b: number; c: number; d: number; unscored: number }

/** Suppliers per band now: their `integrity_standing`, or not yet scored. */
export async function integrityBandsNow(em: EntityManager, tenantId: string): Promise<BandNowRow> {
  const [row] = await em.execute<BandNowRow[]>(
    `select (count(*) filter (where st.band = 'A'))::int as a, (count(*) filter (where st.band = 'B'))::int as b,
       (count(*) filter (where st.band = 'C'))::int as c, (count(*) filter (where st.band = 'D'))::int as d,
       (count(*) filter (where st.supplier_id is null))::int as unscored
     from organisation o left join integrity_standing st on st.tenant_id = o.tenant_id and st.supplier_id = o.id
     where o.tenant_id = ? and o.kind = 'supplier'`,
    [tenantId],
  );
  return row;
}

export interface BandMonthRow { month: string; a: number; b: number; c: number; d: number }

/**
 * Suppliers per band at each month's end (or now, for the running month; months not begun are
 * left out): the score replayed from the events that had occurred by then, with the same decay,
 * clamp, rounding and the tenant's current thresholds. Suppliers registered after the month are
 * not counted.
 */
export function integrityBandRows(
  em: EntityManager, s: FigureScope, r: { baseScore: number; halfLifeDays: number; bandAMin: number; bandBMin: number; bandCMin: number },
): Promise<BandMonthRow[]> {
  return em.execute<BandMonthRow[]>(
    `with ${BOUNDS},
     months as (
       select to_char(m, 'YYYY-MM') as month, least((m + interval '1 month') at time zone b.tz, now()) as t_end
       from b, generate_series((?::text || '-01')::date::timestamp, (?::text || '-01')::date::timestamp, interval '1 month') m
       where (m at time zone b.tz) <= now()
     ),
     scored as (
       select m.month, o.id,
         floor(least(greatest(?::numeric + coalesce(sum(${decayedSql('e', 'm.t_end', '?::numeric')}), 0), 0), 100) + 0.5) as score
       from b cross join months m
         join organisation o on o.tenant_id = b.tid and o.kind = 'supplier' and o.created_at < m.t_end
         left join integrity_event e on e.tenant_id = b.tid and e.supplier_id = o.id and e.state in ${COUNTED_STATES} and e.occurred_at < m.t_end
       group by m.month, o.id
     )
     select m.month,
       (count(s.id) filter (where s.score >= ?))::int as a,
       (count(s.id) filter (where s.score < ? and s.score >= ?))::int as b,
       (count(s.id) filter (where s.score < ? and s.score >= ?))::int as c,
       (count(s.id) filter (where s.score < ?))::int as d
     from months m left join scored s on s.month = m.month
     group by m.month order by m.month`,
    [...boundParams(s), s.from, s.to, r.baseScore, r.halfLifeDays, r.bandAMin, r.bandAMin, r.bandBMin, r.bandBMin, r.bandCMin, r.bandCMin],
  );
}

export interface SignalMonthRow {
  month: string; total: number; open: number; dismissed: number; referred: number;
  order_splitting: number; same_origin: number; identical_documents: number; price_pattern: number; shared_people: number; expert_deviation: number;
}

export const SIGNAL_KINDS = ['order_splitting', 'same_origin', 'identical_documents', 'price_pattern', 'shared_people', 'expert_deviation'] as const;

/** Compliance signals raised in the month, by kind and by the state they are in now. */
export function signalRows(em: EntityManager, s: FigureScope): Promise<SignalMonthRow[]> {
  return em.execute<SignalMonthRow[]>(
    `with ${BOUNDS}
     select to_char(x.created_at at time zone b.tz, 'YYYY-MM') as month, count(*)::int as total,
       (count(*) filter (where x.state = 'open'))::int as open,
       (count(*) filter (where x.state = 'dismissed'))::int as dismissed,
       (count(*) filter (where x.state = 'referred'))::int as referred,
       ${SIGNAL_KINDS.map((k) => `(count(*) filter (where x.kind = '${k}'))::int as ${k}`).join(',\n       ')}
     from b join compliance_signal x on x.tenant_id = b.tid and x.created_at >= b.t0 and x.created_at < b.t1
     group by 1 order by 1`,
    boundParams(s),
  );
}

/** Every signal of the tenant by the state it is in now, whenever raised. */
export async function signalStatesNow(em: EntityManager, tenantId: string): Promise<{ open: number; dismissed: number; referred: number }> {
  const [row] = await em.execute<{ open: number; dismissed: number; referred: number }[]>(
    `select (count(*) filter (where state = 'open'))::int as open, (count(*) filter (where state = 'dismissed'))::int as dismissed,
       (count(*) filter (where state = 'referred'))::int as referred
     from compliance_signal where tenant_id = ?`,
    [tenantId],
  );
  return row;
}

export interface FinancingMonthRow { month: string; state: string; n: number; amount_fen: string; lender_fen: string }

/** Contract financing applications made in the month, by the lender status they are in now. */
export function financingRows(em: EntityManager, s: FigureScope): Promise<FinancingMonthRow[]> {
  return em.execute<FinancingMonthRow[]>(
    `with ${BOUNDS}
     select to_char(x.created_at at time zone b.tz, 'YYYY-MM') as month, x.state::text as state, count(*)::int as n,
       sum(x.amount_fen)::text as amount_fen, sum(coalesce(x.lender_amount_fen, 0))::text as lender_fen
     from b join financing_application x on x.tenant_id = b.tid and x.created_at >= b.t0 and x.created_at < b.t1
     group by 1, 2 order by 1, 2`,
    boundParams(s),
  );
}
