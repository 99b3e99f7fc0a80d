import type { EntityManager } from '@mikro-orm/postgresql';
import type { PriceEvidence, TenantSettings } from '@zhengcai/schema';
import { FINDING_TRANSITIONS } from './finding-state-machine.js';

/**
 * The set-based price inspection: one statement per keyset batch of listings on sale computes
 * every source's reference for the batch, raises findings for listings above tolerance and
 * closes live findings whose price is back within it. Product-level values (imported, peer,
 * transactions) are computed once per standard product (or product and supplier) in the batch,
 * not once per listing; see docs/oversight.md for the indexes each part uses.
 */

export interface InspectionParams {
  tenantId: string;
  asOf: Date;
  rules: TenantSettings['inspection'];
  /** Keyset: inspect listings after this (walk product, id) position. */
  cursor?: WalkPosition | null;
  /** Only this listing (a price change). */
  listingId?: string | null;
  limit: number;
}

const DAY_MS = 86_400_000;

/**
 * The walk goes product by product (then the listings without a standard product, by id), so
 * a batch holds whole products: their peer prices are read once per batch, not once per
 * listing, and a batch touches a few hundred products instead of most of the catalogue.
 * `product` is null once the walk is among the listings without one.
 */
export interface WalkPosition {
  product: string | null;
  id: string;
}

/** Linear interpolation between the two nearest ranks of a sorted array, as percentile_cont does it. */
function quantile(f: number, sorted: string): string {
  const pos = `(${f} * (cardinality(${sorted}) - 1))`;
  const low = `${sorted}[1 + floor(${pos})::int]`;
  const high = `coalesce(${sorted}[2 + floor(${pos})::int], ${low})`;
  return `case when cardinality(${sorted}) > 0 then round(${low}::float8 + (${high}::float8 - ${low}::float8) * (${pos} - floor(${pos})))::bigint end`;
}

/** `$name` placeholders to positional bindings, each use bound again (casts such as `$t::uuid` keep working). */
function bind(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/\$([a-zA-Z]+)/g, (_m, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`no value for $${name}`);
    values.push(params[name]);
    return '?';
  });
  return [text, values];
}

function valueParams(p: InspectionParams): Record<string, unknown> {
  const since = (days: number) => new Date(p.asOf.getTime() - days * DAY_MS);
  return {
    t: p.tenantId, asOf: p.asOf, listing: p.listingId ?? null, cursorProduct: p.cursor?.product ?? null, cursor: p.cursor?.id ?? null, limit: p.limit,
    // Joined: array bindings would be expanded into lists.
    sources: p.rules.sources.join(','), minPeer: p.rules.minPeerSample, minTransactions: p.rules.minTransactionSample,
    importedSince: since(p.rules.importedMaxAgeDays), historySince: since(p.rules.historyDays), transactionSince: since(p.rules.transactionDays),
    historyDays: p.rules.historyDays, transactionDays: p.rules.transactionDays, tolerance: p.rules.priceAboveReferenceAlertBp,
  };
}

/** Every source's value for each listing of the batch; `ref` is the lowest counted one. */
const VALUED = `
walk_products as (
  -- Plain column comparisons only: under row-level security an expression cannot use an index.
  select l.id, l.supplier_id, l.standard_product_id, l.price_fen
  from listing l
  where l.tenant_id = $t and l.state = 'approved' and l.standard_product_id is not null
    and ($listing::uuid is null or l.id = $listing::uuid)
    and ($cursor::uuid is null or ($cursorProduct::uuid is not null and l.standard_product_id >= $cursorProduct::uuid
      and (l.standard_product_id > $cursorProduct::uuid or l.id > $cursor::uuid)))
  order by l.standard_product_id, l.id
  limit $limit
),
walk_rest as (
  select l.id, l.supplier_id, l.standard_product_id, l.price_fen
  from listing l
  where l.tenant_id = $t and l.state = 'approved' and l.standard_product_id is null
    and ($listing::uuid is null or l.id = $listing::uuid)
    and ($cursor::uuid is null or $cursorProduct::uuid is not null or l.id > $cursor::uuid)
  order by l.id
  limit ($limit - (select count(*) from walk_products))
),
batch as (select * from walk_products union all select * from walk_rest),
products as (select distinct b.standard_product_id as sp from batch b where b.standard_product_id is not null),
imported_rows as (
  select b.id as listing_id, x.source_name, x.price_fen, 1 as specific
  from batch b cross join lateral (
    select distinct on (r.source_name) r.source_name, r.price_fen from price_reference r
    where r.tenant_id = $t and r.listing_id = b.id and r.observed_at > $importedSince and r.observed_at <= $asOf
    order by r.source_name, r.observed_at desc, r.created_at desc
  ) x
  union all
  select b.id, y.source_name, y.price_fen, 0
  from products p cross join lateral (
    select distinct on (r.source_name) r.source_name, r.price_fen from price_reference r
    where r.tenant_id = $t and r.standard_product_id = p.sp and r.observed_at > $importedSince and r.observed_at <= $asOf
    order by r.source_name, r.observed_at desc, r.created_at desc
  ) y
  join batch b on b.standard_product_id = p.sp
),
imported as (
  -- A listing's own reference from a source wins over its product's from the same source.
  select s.listing_id, min(s.price_fen) as value, count(*)::int as n, jsonb_object_agg(s.source_name, s.price_fen::text) as detail
  from (select distinct on (listing_id, source_name) listing_id, source_name, price_fen from imported_rows order by listing_id, source_name, specific desc) s
  group by s.listing_id
),
on_sale as materialized (
  -- Every listing on sale of the batch's products (one index range per product).
  select p.sp, o.supplier_id, o.price_fen
  from products p cross join lateral (
    select o.supplier_id, o.price_fen from listing o where o.tenant_id = $t and o.standard_product_id = p.sp and o.state = 'approved'
    offset 0 -- keeps the per-product index range (flattened, the planner hashes the whole catalogue)
  ) o
),
product_prices as (select sp, array_agg(price_fen order by price_fen) as prices from on_sale group by sp),
own as (select sp, supplier_id, array_agg(price_fen order by price_fen) as prices from on_sale group by sp, supplier_id),
peer_prices as materialized (
  -- Peers are the other suppliers' listings: the product's sorted prices less the supplier's own.
  -- With one own listing (the usual case) that is one cut out of the array; with more, a multiset difference.
  select ow.sp, ow.supplier_id, case when cardinality(ow.prices) = 1
      then pp.prices[:array_position(pp.prices, ow.prices[1]) - 1] || pp.prices[array_position(pp.prices, ow.prices[1]) + 1:]
      else (select array_agg(x order by x) from (select unnest(pp.prices) except all select unnest(ow.prices)) d(x))
    end as prices
  from own ow join product_prices pp on pp.sp = ow.sp
),
peer as (
  select r.sp, r.supplier_id, coalesce(cardinality(r.prices), 0) as n,
    ${quantile(0.25, 'r.prices')} as q1, ${quantile(0.5, 'r.prices')} as med, ${quantile(0.75, 'r.prices')} as q3
  from peer_prices r
),
history as (
  -- Every price in force during the window: the changes inside it and the one in force at its start.
  select b.id as listing_id, h.low, h.n from batch b cross join lateral (
    select min(x.price_fen) as low, count(*)::int as n from (
      select c.price_fen from listing_price_change c
      where c.tenant_id = $t and c.listing_id = b.id and c.created_at > $historySince and c.created_at <= $asOf
      union all
      (select c.price_fen from listing_price_change c
       where c.tenant_id = $t and c.listing_id = b.id and c.created_at <= $historySince order by c.created_at desc limit 1)
    ) x
  ) h
),
trans as (
  -- Per product of the batch: its listings in any state, their accepted order lines in the window.
  select p.sp, t.n, t.med from products p cross join lateral (
    select count(*)::int as n, round(percentile_cont(0.5) within group (order by ol.unit_price_fen))::bigint as med
    from listing ll
    join mall_order_line ol on ol.tenant_id = $t and ol.listing_id = ll.id
    join mall_order o on o.id = ol.order_id and o.tenant_id = $t
    where ll.tenant_id = $t and ll.standard_product_id = p.sp
      and o.state in ('accepted', 'invoiced', 'paid', 'closed') and o.created_at > $transactionSince and o.created_at <= $asOf
  ) t
  where t.n > 0
),
valued as (
  select b.id, b.supplier_id, b.standard_product_id, b.price_fen,
    case when 'imported' = any(string_to_array($sources::text, ',')) then i.value end as imp,
    case when 'peer' = any(string_to_array($sources::text, ',')) and pe.n >= $minPeer then pe.med end as peer,
    case when 'history' = any(string_to_array($sources::text, ',')) and h.n >= 1 then h.low end as hist,
    case when 'transactions' = any(string_to_array($sources::text, ',')) and tr.n >= $minTransactions then tr.med end as trans,
    i.value as imp_value, coalesce(i.n, 0) as imp_n, i.detail as imp_detail,
    coalesce(pe.n, 0) as peer_n, pe.q1, pe.med as peer_med, pe.q3,
    h.low as hist_low, coalesce(h.n, 0) as hist_n, coalesce(tr.n, 0) as trans_n, tr.med as trans_med
  from batch b
  left join imported i on i.listing_id = b.id
  left join peer pe on pe.sp = b.standard_product_id and pe.supplier_id = b.supplier_id
  left join history h on h.listing_id = b.id
  left join trans tr on tr.sp = b.standard_product_id
),
judged as (
  select v.*, least(v.imp, v.peer, v.hist, v.trans) as ref from valued v
)`;

/** Each source's value as evidence (also sources that did not meet their minimum sample). */
const EVIDENCE = `(select coalesce(jsonb_agg(e), '[]'::jsonb) from (values
  (case when x.imp_value is not null then jsonb_build_object('source', 'imported', 'valueFen', x.imp_value::text, 'sample', x.imp_n, 'counted', x.imp is not null, 'detail', x.imp_detail) end),
  (case when x.peer_n > 0 then jsonb_build_object('source', 'peer', 'valueFen', x.peer_med::text, 'sample', x.peer_n, 'counted', x.peer is not null,
     'detail', jsonb_build_object('q1Fen', x.q1::text, 'q3Fen', x.q3::text, 'minSample', $minPeer)) end),
  (case when x.hist_n > 0 then jsonb_build_object('source', 'history', 'valueFen', x.hist_low::text, 'sample', x.hist_n, 'counted', x.hist is not null,
     'detail', jsonb_build_object('days', $historyDays)) end),
  (case when x.trans_n > 0 then jsonb_build_object('source', 'transactions', 'valueFen', x.trans_med::text, 'sample', x.trans_n, 'counted', x.trans is not null,
     'detail', jsonb_build_object('days', $transactionDays, 'minSample', $minTransactions)) end)
) as ev(e) where e is not null)`;

const LIVE = FINDING_TRANSITIONS.correct.from.map((s) => `'${s}'`).join(', ');
const WITHIN = `j.price_fen * 10000 <= j.ref * (10000 + $tolerance)`;

export interface BatchOutcome {
  inspected: number;
  last: WalkPosition | null;
  found: { id: string; listingId: string; deviationBp: number; referenceSource: string }[];
  corrected: { id: string; listingId: string }[];
}

/**
 * Inspects one batch. A listing above tolerance gets an open finding unless it has a live
 * one already (the partial unique index) or an operator dismissed one at this price or higher.
 */
export async function inspectBatch(em: EntityManager, p: BatchParams): Promise<BatchOutcome> {
  const [sql, values] = batchStatement(p);
  const [row] = await em.execute<{ inspected: number; last: WalkPosition | null; found: BatchOutcome['found']; corrected: BatchOutcome['corrected'] }[]>(sql, values);
  return { inspected: row.inspected, last: row.last, found: row.found, corrected: row.corrected };
}

type BatchParams = InspectionParams & { runId: string; dueAt: Date; now: Date };

/** The batch's statement with `?` bindings (also for the bench's query plans). */
export function batchStatement(p: BatchParams): [string, unknown[]] {
  return bind(`with ${VALUED},
breaches as (
  select j.*, case when j.ref = j.imp then 'imported' when j.ref = j.peer then 'peer' when j.ref = j.trans then 'transactions' else 'history' end as source
  from judged j
  where j.ref is not null and j.ref > 0 and not (${WITHIN})
    and not exists (select 1 from price_finding d where d.tenant_id = $t and d.listing_id = j.id and d.state = 'dismissed' and d.price_fen >= j.price_fen)
),
inserted as (
  insert into price_finding (id, tenant_id, listing_id, supplier_id, standard_product_id, run_id, state, price_fen, reference_fen, reference_source, deviation_bp, tolerance_bp, evidence, due_at, created_at, updated_at)
  select gen_random_uuid(), $t, x.id, x.supplier_id, x.standard_product_id, $run, 'open', x.price_fen, x.ref, x.source,
    least((x.price_fen - x.ref) * 10000 / x.ref, 2147483647)::int, $tolerance, ${EVIDENCE}, $dueAt, $now, $now
  from breaches x
  on conflict (tenant_id, listing_id) where state in ('open', 'justified') do nothing
  returning id, listing_id, deviation_bp, reference_source
),
corrected as (
  update price_finding f set state = 'corrected', closed_at = $now, close_note = 'price_within_tolerance', updated_at = $now
  from judged j
  where f.tenant_id = $t and f.listing_id = j.id and f.state in (${LIVE}) and j.ref is not null and ${WITHIN}
  returning f.id, f.listing_id
)
select (select count(*)::int from batch) as inspected,
  coalesce((select jsonb_build_object('product', null, 'id', id) from walk_rest order by id desc limit 1),
    (select jsonb_build_object('product', standard_product_id, 'id', id) from walk_products order by standard_product_id desc, id desc limit 1)) as last,
  (select coalesce(jsonb_agg(jsonb_build_object('id', id, 'listingId', listing_id, 'deviationBp', deviation_bp, 'referenceSource', reference_source)), '[]'::jsonb) from inserted) as found,
  (select coalesce(jsonb_agg(jsonb_build_object('id', id, 'listingId', listing_id)), '[]'::jsonb) from corrected) as corrected`,
  { ...valueParams(p), run: p.runId, dueAt: p.dueAt, now: p.now });
}

export interface ListingReferences {
  priceFen: bigint;
  reference: bigint | null;
  evidence: PriceEvidence[];
  peer: { n: number; q1: bigint | null; median: bigint | null; q3: bigint | null };
  importedLowest: bigint | null;
}

const big = (v: string | number | null) => (v === null ? null : BigInt(v));

/** The references of one listing on sale, as the inspection sees them now (for the price band). */
export async function listingReferences(em: EntityManager, p: Omit<InspectionParams, 'limit' | 'cursor'> & { listingId: string }): Promise<ListingReferences | null> {
  const [sql, values] = bind(`with ${VALUED}
select x.price_fen, x.ref, x.peer_n, x.q1, x.peer_med, x.q3, x.imp_value, ${EVIDENCE} as evidence from judged x`, valueParams({ ...p, limit: 1 }));
  const [row] = await em.execute<{ price_fen: string; ref: string | null; peer_n: number; q1: string | null; peer_med: string | null; q3: string | null; imp_value: string | null; evidence: PriceEvidence[] }[]>(sql, values);
  if (!row) return null;
  return {
    priceFen: BigInt(row.price_fen), reference: big(row.ref), evidence: row.evidence,
    peer: { n: row.peer_n, q1: big(row.q1), median: big(row.peer_med), q3: big(row.q3) }, importedLowest: big(row.imp_value),
  };
}
