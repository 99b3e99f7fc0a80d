import type { PolicyTag } from '@zhengcai/schema';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset.js';
import { bucketRange, PRICE_BOUNDS_FEN } from '../price-buckets.js';
import type { FacetCount, SearchCorrection, SearchFacets, SearchHit, SearchQuery, SearchResult, SearchSort } from '../search-port.js';
import { queryTerms } from '../text/segmenter.js';
import { reachRows, SPARSE_SHARE, walkMayFind } from './common-words.js';
import { ANCHOR_DENSE_SHARE, ANCHOR_WALK, anchorOf, type PostedTerm, type PostedWords } from './postings.js';
import { regionTokenTest } from './region-tokens.js';
import type { TermLookup } from './search-terms.js';
import { filterPredicates, matchPredicate, relevanceExpression, substringTerms } from './search-sql.js';
import { arrayLiteral, type Frag, join, raw, sql } from './sql-fragment.js';

const BRAND_FACETS = 20;
const OTHER_FACETS = 50;

/** The hit's place in its sort: the keyset and how to compare it, per sort. */
const ORDER: Record<SearchSort, { by: string; key: (cursor: (string | number)[]) => Frag }> = {
  relevance: { by: 's.score desc, s.listing_id', key: ([v, id]) => sql`(s.score < ${v}::float8 or (s.score = ${v}::float8 and s.listing_id > ${id}::uuid))` },
  price_asc: { by: 's.price_fen, s.listing_id', key: ([v, id]) => sql`(s.price_fen, s.listing_id) > (${v}::bigint, ${id}::uuid)` },
  price_desc: { by: 's.price_fen desc, s.listing_id desc', key: ([v, id]) => sql`(s.price_fen, s.listing_id) < (${v}::bigint, ${id}::uuid)` },
  sales: { by: 's.sales_count desc, s.listing_id', key: ([v, id]) => sql`(s.sales_count < ${v}::int or (s.sales_count = ${v}::int and s.listing_id > ${id}::uuid))` },
};

/** How many candidates a search ranks and facets (`cap`), and how far the rank walk looks for them (`walk`). */
export interface CandidateLimits {
  cap: number;
  walk: number;
  /** The fewest matches of a query's rarest word for a reach past the walk (`REACH_FROM_MATCHES`). */
  reachFrom?: number;
  /** The first walk of a query with a term tested inside models (`SUBSTRING_WALK`). */
  substringWalk?: number;
  /** The postings of a posted word probed first (`ANCHOR_WALK`); 0: no postings are walked. */
  anchorWalk?: number;
}

/**
 * The first walk of a query with a term tested inside models (a bare number beside a series,
 * ProBook 229): such matches are spread evenly through the rank order, not crowded at the top,
 * so a short walk tells sparse from dense as well as a long one, and most are sparse — the walk
 * is followed by the lookup.
 */
export const SUBSTRING_WALK = 1_000;

interface HitRow {
  listingId: string; title: string; brand: string; model: string; categoryPath: string[]; priceFen: string; stock: number;
  salesCount: number; policyTags: PolicyTag[]; supplierId: string; supplierName: string; supplierRegion: string;
  relevance: number; rank: number; score: number; p: number; i: number; pr: number; sa: number;
}
interface ResultRow {
  /** The statement walked a posted word the province no longer posts as expected: nothing was found. */
  stale: boolean;
  total: number;
  hits: HitRow[];
  categories: FacetCount[];
  brands: FacetCount[];
  policy: FacetCount<PolicyTag>[];
  regions: FacetCount[];
  prices: { bucket: number; count: number }[];
}

/** The tenant's search rows as a view, under which the indexes work (why: docs/architecture.md, "Tenancy"). */
export const SEARCH_ROWS = 'search_document_visible';

/** What the candidates carry: the covering rank index holds every column, so the walk reads no table. */
const WALK_COLUMNS = 'd.listing_id, d.rank, d.price_fen, d.sales_count, d.category_path, d.brand, d.model, d.policy_tags, d.supplier_region, d.stock, d.tokens';

/**
 * One statement, one round trip. Candidates are the `cap` best-ranked matches: relevance is
 * computed for them only, every sort orders them, and facets and the total count them.
 * They are found one of these ways (docs/architecture.md, "Search"). `walked`: the `walk`
 * best-ranked documents, in rank order from the covering index, tested one by one — a
 * common word finds its `cap` there. `deeper`: fewer, but not sparse — the walk goes on past
 * the last match (the policy leaves the planner no index but the rank walk). `sparse`: the
 * word, trigram and facet indexes find every match through the view, ranked afterwards;
 * walking on would pass the whole province to find a handful.
 * Walking a price index instead is cheap only when prices and matches are unrelated: 办公椅
 * by price passed 100,000 cheaper sheets of paper first (300 ms at 1,000,000 listings).
 * A term that may match inside a model number (`substringTerms`) leaves the planner no way to
 * guess how many match: `%500%` is in 83,000 models of a province, `latitude` in 10,000, both
 * together in 10. Expecting thousands, it walks the whole province in rank order (250 ms) for
 * them; ordering by an expression (`rank + 0`) takes the walk away and the indexes find the 10.
 * A query with a word rare in the province (`walkMayFind`, counted by the rank job) skips the
 * walk: it would find too few and be followed by the lookup anyway. The lookup also asks the
 * token index for the supplier's region (`regionTokenTest`): a common product with a city
 * reads the matches of both, not every match of the product. `reached`: common words whose
 * price range keeps few of the best-ranked walk on for a bounded stretch before the lookup
 * (`reachRows`), and if that fills the candidates the lookup does not run. `compat`: the
 * province still has documents tokenised before `TEXT_VERSION` (segmenter.ts), so product
 * words also match their older parts. `anchored` (a query with one of the province's `posted`
 * words, postings.ts): the word's postings take the place of the walk over every document
 * (`anchoredCandidates`); the statement then says `stale` if the word is no longer posted.
 */
export function buildSearch(tenantId: string, query: SearchQuery, first: number, limits: CandidateLimits, codes?: ReadonlyMap<string, TermLookup>, compat = false, posted: PostedWords = new Map()): Frag {
  const { cap } = limits;
  const terms = queryTerms(query.text ?? '');
  const substrings = substringTerms(terms, codes);
  const walk = substrings.length ? Math.min(limits.walk, limits.substringWalk ?? SUBSTRING_WALK) : limits.walk;
  const match = matchPredicate(terms, codes, compat);
  const hasText = match !== null;
  const tests = [...(match ? [match] : []), ...filterPredicates(query.filters)];
  const matches = tests.length ? join(tests, ' and ') : raw('true');
  const relevance = relevanceExpression(terms, compat);
  const candidate = sql`d.listing_id, d.rank, d.price_fen, d.sales_count, d.category_path, d.brand, d.policy_tags, d.supplier_region, ${relevance} as relevance`;
  const sparseBelow = Math.min(cap, Math.max(1, Math.ceil(walk * SPARSE_SHARE)));
  const score = hasText ? raw('relevance * (1 + rank)') : raw('rank');
  const sort = query.sort ?? 'relevance';
  const order = ORDER[sort];
  const keyset = query.after ? sql`and ${order.key(decodeCursor(query.after, 2))}` : raw('');
  const category = query.filters?.categoryCode ?? null;
  const lookupOrder = substrings.length ? raw('d.rank + 0') : raw('d.rank');
  const mayFind = walkMayFind(tenantId, terms, codes);
  const walkWhen = mayFind ? sql`and ${mayFind}` : raw('');
  const regionTest = regionTokenTest(query.filters);
  const lookupMatches = regionTest ? sql`${matches} and ${regionTest}` : matches;
  const walkedCount = raw('(select count(*) from walked)');
  // A posted word of the query (postings.ts): its postings, in rank order, stand in for the
  // walk over every document.
  const anchorWalk = limits.anchorWalk ?? ANCHOR_WALK;
  const anchor = anchorWalk > 0 ? anchorOf(terms, posted, compat) : null;
  const candidates = anchor
    ? anchoredCandidates({ tenantId, cap, candidate, matches, lookupMatches, walkWhen, walkedCount, anchorWalk, anchor, postingFilters: filterPredicates(query.filters, 'p') })
    : walkedCandidates({ tenantId, cap, walk, candidate, matches, lookupMatches, walkWhen, walkedCount, sparseBelow, lookupOrder, reach: reachRows(tenantId, terms, codes ?? new Map(), query.filters, limits.reachFrom) });

  return sql`
    with ${candidates},
    page as (
      select * from (select x.*, ${score}::float8 as score from c x) s
      where true ${keyset}
      order by ${raw(order.by)}
      limit ${first + 1}
    )
    select
      ${anchor ? raw('(select count(*) = 0 from anchor)') : raw('false')} as stale,
      (select count(*)::int from c) as total,
      (select coalesce(json_agg(json_build_object(
          'listingId', d.listing_id, 'title', d.title, 'brand', d.brand, 'model', d.model, 'categoryPath', d.category_path,
          'priceFen', d.price_fen::text, 'stock', d.stock, 'salesCount', d.sales_count, 'policyTags', d.policy_tags,
          'supplierId', d.supplier_id, 'supplierName', d.supplier_name, 'supplierRegion', d.supplier_region,
          'relevance', s.relevance, 'rank', d.rank, 'score', s.score,
          'p', d.rank_policy, 'i', d.rank_integrity, 'pr', d.rank_price, 'sa', d.rank_sales) order by ${raw(order.by)}), '[]')
        from page s join ${raw(SEARCH_ROWS)} d on d.tenant_id = ${tenantId}::uuid and d.listing_id = s.listing_id) as hits,
      (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]') from (
        select v, count(*)::int as n from (select category_path[coalesce(array_position(category_path, ${category}::text), 0) + 1] as v from c) x
        where v is not null group by v order by n desc, v limit ${OTHER_FACETS}) f) as categories,
      (select coalesce(json_agg(json_build_object('value', brand, 'count', n) order by n desc, brand), '[]') from (
        select brand, count(*)::int as n from c group by brand order by n desc, brand limit ${BRAND_FACETS}) f) as brands,
      (select coalesce(json_agg(json_build_object('value', t, 'count', n) order by n desc, t), '[]') from (
        select t, count(*)::int as n from c, unnest(c.policy_tags) t group by t) f) as policy,
      (select coalesce(json_agg(json_build_object('value', supplier_region, 'count', n) order by n desc, supplier_region), '[]') from (
        select supplier_region, count(*)::int as n from c group by supplier_region order by n desc, supplier_region limit ${OTHER_FACETS}) f) as regions,
      (select coalesce(json_agg(json_build_object('bucket', b, 'count', n) order by b), '[]') from (
        select width_bucket(price_fen, ${arrayLiteral(PRICE_BOUNDS_FEN.map(String))}::bigint[]) as b, count(*)::int as n from c group by b) f) as prices`;
}

/** What both ways of finding candidates are built from. */
interface CandidateParts {
  tenantId: string;
  cap: number;
  /** The columns a candidate carries, relevance included. */
  candidate: Frag;
  /** Every test of the query (text and filters), on a document `d`. */
  matches: Frag;
  /** The same for the lookup, with what lets the token index serve a region. */
  lookupMatches: Frag;
  /** When the walk may find enough (`walkMayFind`), as `and …`. */
  walkWhen: Frag;
  walkedCount: Frag;
}

/**
 * The CTEs `walked`, `deeper`, `reached` (when `reach`), `sparse` and their union `c`: the walk
 * over every document of the province in rank order, then the ways on from it.
 */
function walkedCandidates(p: CandidateParts & { walk: number; sparseBelow: number; lookupOrder: Frag; reach: Frag | null }): Frag {
  const { tenantId, cap, candidate, matches, lookupMatches, walkWhen, walkedCount, walk, sparseBelow, lookupOrder, reach } = p;
  // Without a reach, nothing is reached and the condition is false.
  const reachedAll = reach ? sql`${walkedCount} + (select count(*) from reached) >= ${cap}` : raw('false');
  const reached = reach
    ? sql`reached as materialized (
      select ${candidate}
      from (select ${raw(WALK_COLUMNS)} from search_document d where ${walkedCount} < ${sparseBelow} and d.tenant_id = ${tenantId}::uuid
            order by d.rank desc, d.listing_id offset ${walk} limit ${reach}) d
      where ${matches}
      order by d.rank desc, d.listing_id
      limit (${cap} - ${walkedCount})
    ),`
    : raw('');
  return sql`walked as materialized (
      select ${candidate}
      from (select ${raw(WALK_COLUMNS)} from search_document d where d.tenant_id = ${tenantId}::uuid ${walkWhen}
            order by d.rank desc, d.listing_id limit ${walk}) d
      where ${matches}
      order by d.rank desc, d.listing_id
      limit ${cap}
    ),
    deeper as materialized (
      select ${candidate}
      from search_document d
      where ${walkedCount} between ${sparseBelow} and ${cap - 1} and d.tenant_id = ${tenantId}::uuid
        and d.rank <= (select min(w.rank) from walked w) and d.listing_id not in (select w.listing_id from walked w)
        and ${matches}
      order by d.rank desc, d.listing_id
      limit (${cap} - ${walkedCount})
    ),
    ${reached}
    sparse as materialized (
      select ${candidate}
      from ${raw(SEARCH_ROWS)} d
      where ${walkedCount} < ${sparseBelow} and not (${reachedAll}) and d.tenant_id = ${tenantId}::uuid and ${lookupMatches}
      order by ${lookupOrder} desc, d.listing_id
      limit ${cap}
    ),
    c as (
      select * from walked where ${walkedCount} >= ${sparseBelow} or ${reachedAll}
      union all
      select * from deeper
      union all
      ${reach ? sql`select * from reached where ${reachedAll}
      union all` : raw('')}
      select * from sparse
    )`;
}

/**
 * The CTEs `anchor`, `walked`, `deeper`, `sparse` and their union `c` for a query with a posted
 * word (postings.ts): the word's postings in rank order, the filters tested in the posting index
 * as it is read, each posting that passes probed in the covering rank index (a document found
 * by its rank and id) for the rest of the query. `walked` probes up to `anchorWalk`; if at
 * least `ANCHOR_DENSE_SHARE` of those match, `deeper` goes on the same way to the cap; fewer,
 * and the matches are under a tenth of a word that is itself in at most an eighth of the
 * province, so `sparse` fetches them all from the indexes, ordered by an expression that keeps
 * the planner off the rank walk (打印纸 from 乡村振兴 suppliers: 876 matches among 50,000 sheets
 * of paper, 150 ms walked in rank order, 5 ms from the indexes). `anchor` is empty when the word
 * is no longer posted as the statement expected: then nothing is found and the result says `stale`.
 */
function anchoredCandidates(p: CandidateParts & { anchorWalk: number; anchor: PostedTerm; postingFilters: Frag[] }): Frag {
  const { tenantId, cap, candidate, matches, lookupMatches, walkWhen, walkedCount, anchorWalk, anchor, postingFilters } = p;
  const dense = Math.ceil(anchorWalk * ANCHOR_DENSE_SHARE);
  const filters = join(postingFilters.map((f) => sql`and ${f}`), ' ');
  const probe = sql`cross join lateral (select ${raw(WALK_COLUMNS)} from search_document d where d.tenant_id = ${tenantId}::uuid and d.rank = p.rank and d.listing_id = p.listing_id offset 0) d`;
  return sql`anchor as materialized (
      select w.word from search_posted_word w where w.tenant_id = ${tenantId}::uuid and w.word = ${anchor.word} and w.lexemes = ${arrayLiteral(anchor.lexemes)}::text[]
    ),
    walked as materialized (
      select ${candidate}
      from (select p.rank, p.listing_id from search_posting p
            where p.tenant_id = ${tenantId}::uuid and p.word = (select word from anchor) ${walkWhen} ${filters}
            order by p.rank desc, p.listing_id limit ${anchorWalk}) p
      ${probe}
      where ${matches}
      order by p.rank desc, p.listing_id
      limit ${cap}
    ),
    deeper as materialized (
      select ${candidate}
      from (select p.rank, p.listing_id from search_posting p
            where ${walkedCount} between ${dense} and ${cap - 1} and p.tenant_id = ${tenantId}::uuid and p.word = (select word from anchor)
              and p.rank <= (select min(w.rank) from walked w) ${filters}
            order by p.rank desc, p.listing_id) p
      ${probe}
      where d.listing_id not in (select w.listing_id from walked w) and ${matches}
      order by p.rank desc, p.listing_id
      limit (${cap} - ${walkedCount})
    ),
    sparse as materialized (
      select ${candidate}
      from ${raw(SEARCH_ROWS)} d
      where ${walkedCount} < ${dense} and exists (select 1 from anchor) and d.tenant_id = ${tenantId}::uuid and ${lookupMatches}
      order by d.rank + 0 desc, d.listing_id
      limit ${cap}
    ),
    c as (
      select * from walked where ${walkedCount} >= ${dense}
      union all
      select * from deeper
      union all
      select * from sparse
    )`;
}

function cursorKey(sort: SearchSort, h: HitRow): (string | number)[] {
  switch (sort) {
    case 'relevance': return [h.score, h.listingId];
    case 'price_asc':
    case 'price_desc': return [h.priceFen, h.listingId];
    case 'sales': return [h.salesCount, h.listingId];
  }
}

function toHit(h: HitRow, sort: SearchSort): SearchHit {
  const { relevance, rank, score, p, i, pr, sa, priceFen, ...rest } = h;
  return {
    cursor: encodeCursor(cursorKey(sort, h)),
    ...rest,
    priceFen: BigInt(priceFen),
    score: { relevance, rank, score, components: { policy: p, integrity: i, price: pr, sales: sa } },
  };
}

export function toResult(row: ResultRow, query: SearchQuery, first: number, cap: number, corrections: SearchCorrection[] = []): SearchResult {
  const sort = query.sort ?? 'relevance';
  const page = row.hits.slice(0, first);
  const facets: SearchFacets = {
    categories: row.categories,
    brands: row.brands,
    policyTags: row.policy,
    regions: row.regions,
    priceBuckets: row.prices.map((b) => ({ ...bucketRange(b.bucket), count: b.count })),
  };
  const hits = page.map((h) => toHit(h, sort));
  return {
    hits,
    facets,
    pageInfo: { hasNextPage: row.hits.length > first, endCursor: hits.at(-1)?.cursor ?? null },
    total: { value: row.total, exact: row.total < cap },
    corrections,
  };
}

export type { ResultRow };
