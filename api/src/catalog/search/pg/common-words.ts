import type { EntityManager } from '@mikro-orm/postgresql';
import type { QueryTerms } from '../text/segmenter.js';
import type { TermLookup } from './search-terms.js';
import { substringTerms } from './search-sql.js';
import { arrayLiteral, type Frag, join, sql } from './sql-fragment.js';

/**
 * Fewer matches than this share of the rank walk: sparse, and the indexes find them instead.
 * Measured at 500,000 documents in a province: the walk tests a document in about 0.5 µs;
 * the indexes fetch a match in 2.6 µs from shared buffers but about 10 µs from the OS cache,
 * which is where most come from when searches run side by side (128 MB of buffers), so
 * walking on is the cheaper way down to about 0.5 %. The day's searches at three connections
 * ran best between 0.1 and 0.25 % (130–146 a second, against 81–96 at 1 %). A word in fewer
 * than this share of the province's documents is expected to be sparse in the walk as well.
 */
export const SPARSE_SHARE = 0.0025;

/** The longest lexeme counted (the column's width); a longer one counts as rare. */
const MAX_LEXEME = 64;

/**
 * Counts which words of the tenant's documents are common: found in at least `SPARSE_SHARE`
 * of them. Replaces the tenant's previous count in one statement (a concurrent count only
 * overwrites the same figures). Returns how many words are common.
 */
export async function countCommonWords(em: EntityManager, tenantId: string): Promise<number> {
  // ts_stat runs its own query, under the session's tenant like every other statement here.
  const rows = await em.execute<{ n: number }[]>(
    `with counted as materialized (
       select word, ndoc from ts_stat($q$select tokens from search_document where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid$q$)
       where length(word) <= ${MAX_LEXEME}
         and ndoc >= greatest(1, ceil((select count(*) from search_document where tenant_id = ?::uuid) * ${SPARSE_SHARE}))
     ), gone as (
       delete from search_common_word w where w.tenant_id = ?::uuid and not exists (select 1 from counted c where c.word = w.lexeme)
     ), kept as (
       insert into search_common_word (tenant_id, lexeme, documents) select ?::uuid, word, ndoc from counted
       on conflict (tenant_id, lexeme) do update set documents = excluded.documents
       returning 1
     )
     select count(*)::int as n from kept`,
    [tenantId, tenantId, tenantId],
  );
  return rows[0].n;
}

/**
 * Whether the rank walk may find enough of a query's matches, as an SQL condition; null when
 * it always may (no term, or only terms tested inside models, whose number nothing predicts).
 * Every term must match, so the rarest bounds them all: if one is in no common word (a
 * Latin term counts with its typo corrections), the matches are sparse in the province and,
 * unless the rare ones crowd the best-ranked, in the walk too — the walk would be wasted
 * before the lookup. A province not counted yet walks first, as before.
 */
export function walkMayFind(tenantId: string, terms: QueryTerms, codes: ReadonlyMap<string, TermLookup> = new Map()): Frag | null {
  const substrings = new Set(substringTerms(terms, codes));
  const conjuncts = [
    ...terms.words.map((w) => [w]),
    ...terms.latin.filter((t) => !substrings.has(t)).map((t) => [t, ...(codes.get(t)?.corrections ?? [])]),
  ];
  if (conjuncts.length === 0) return null;
  const common = conjuncts.map((lexemes) => sql`exists (select 1 from search_common_word w where w.tenant_id = ${tenantId}::uuid and w.lexeme = any(${arrayLiteral(lexemes)}::text[]))`);
  return sql`(not exists (select 1 from search_common_word w where w.tenant_id = ${tenantId}::uuid) or (${join(common, ' and ')}))`;
}
