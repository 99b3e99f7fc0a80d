import type { EntityManager } from '@mikro-orm/postgresql';
import { SearchRankingFormula } from '@zhengcai/schema';
import { arrayLiteral } from '../pg/sql-fragment.js';
import { DEFAULT_RANKING_FORMULA, type RankingFormula, WEIGHT_TOTAL_BP } from './ranking-formula.js';

/** The tenant's formula, or the national default when it never set one. */
export async function loadFormula(em: EntityManager, tenantId: string): Promise<RankingFormula> {
  const row = await em.findOne(SearchRankingFormula, { tenantId });
  if (!row) return { ...DEFAULT_RANKING_FORMULA, policyTags: [...DEFAULT_RANKING_FORMULA.policyTags] };
  const { policyWeightBp, integrityWeightBp, priceWeightBp, salesWeightBp, policyTags } = row;
  return { policyWeightBp, integrityWeightBp, priceWeightBp, salesWeightBp, policyTags };
}

/**
 * Recomputes stored ranks set-based, in one statement: valid policy tags for today (in the
 * tenant's time zone), leaf-category median prices, the tenant's top sales, then every
 * component and the weighted rank. Rows whose values do not change are not written, so the
 * nightly run rewrites only what moved. `listingIds` limits the rows (and the medians to
 * their categories), as after an upsert.
 */
export async function recomputeRanks(em: EntityManager, tenantId: string, formula: RankingFormula, listingIds?: readonly string[]): Promise<string[]> {
  const only = listingIds !== undefined;
  const sql = `
    with today as (
      select (now() at time zone time_zone)::date as day from tenant where id = ?
    ),
    scope as (
      select d.listing_id, d.price_fen, d.sales_count, d.integrity_score,
             d.category_path[cardinality(d.category_path)] as leaf,
             array(select c->>'tag' from jsonb_array_elements(d.policy_claims) c, today
                   where c->>'validUntil' is null or (c->>'validUntil')::date >= today.day order by 1) as valid_tags
      from search_document d
      where d.tenant_id = ?${only ? ' and d.listing_id = any(?::uuid[])' : ''}
    ),
    medians as (
      select d.category_path[cardinality(d.category_path)] as leaf,
             percentile_disc(0.5) within group (order by d.price_fen) as median
      from search_document d
      where d.tenant_id = ?${only ? ' and d.category_path[cardinality(d.category_path)] in (select leaf from scope)' : ''}
      group by 1
    ),
    top as (select coalesce(max(sales_count), 0) as sales from search_document where tenant_id = ?),
    comp as (
      select s.listing_id, s.valid_tags, m.median,
             case when s.valid_tags && ?::text[] then 1.0 else 0.0 end::float8 as p,
             (s.integrity_score / 100.0)::float8 as i,
             (m.median::float8 / (m.median + greatest(s.price_fen, 1))::float8) as pr,
             case when top.sales > 0 then ln(1.0 + s.sales_count)::float8 / ln(1.0 + top.sales)::float8 else 0.0 end::float8 as sa
      from scope s join medians m using (leaf) cross join top
    ),
    -- Materialised: computed once, then joined to the table by key (never re-run per row).
    ranked as materialized (
      select comp.*, (?::int * p + ?::int * i + ?::int * pr + ?::int * sa) / ${WEIGHT_TOTAL_BP}.0::float8 as r from comp
    )
    update search_document d
    set policy_tags = r.valid_tags, rank = r.r, rank_policy = r.p, rank_integrity = r.i, rank_price = r.pr,
        rank_sales = r.sa, rank_median_fen = r.median, ranked_at = now()
    from ranked r
    where d.tenant_id = ? and d.listing_id = r.listing_id
      and (d.rank, d.rank_policy, d.rank_integrity, d.rank_price, d.rank_sales, d.policy_tags, d.rank_median_fen)
          is distinct from (r.r, r.p, r.i, r.pr, r.sa, r.valid_tags, r.median)
    returning d.listing_id`;
  const params: unknown[] = [tenantId, tenantId];
  if (only) params.push(arrayLiteral(listingIds));
  params.push(tenantId, tenantId, arrayLiteral(formula.policyTags), formula.policyWeightBp, formula.integrityWeightBp, formula.priceWeightBp, formula.salesWeightBp, tenantId);
  const rows = await em.execute<{ listing_id: string }[]>(sql, params);
  return rows.map((r) => r.listing_id);
}
