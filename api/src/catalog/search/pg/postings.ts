import type { EntityManager } from '@mikro-orm/postgresql';
import { POSTING_LOCK } from '@zhengcai/schema';
import { PRODUCT_WORDS, type QueryTerms, queryTerms, tsLexeme } from '../text/segmenter.js';
import { synonymsOf, synonymTable } from '../text/synonyms.js';
import { SEARCH_ROWS } from './pg-search.query.js';
import { arrayLiteral } from './sql-fragment.js';

/**
 * A word in more than this share of a province's documents is not posted: the rank walk over
 * every document finds its matches about as fast as probing its postings one by one (a
 * posting costs ~7 µs to probe, a walked document ~0.5 µs).
 */
export const POSTING_SHARE = 0.125;

/**
 * The postings probed first. A search that keeps fewer than `ANCHOR_DENSE_SHARE` of them goes
 * on with the lookup instead: its matches are under a tenth of the word's documents (at most
 * `POSTING_SHARE` of the province), and walking on to the cap would cost more than fetching
 * them all (a fetched match costs 2.6–10 µs).
 */
export const ANCHOR_WALK = 600;
export const ANCHOR_DENSE_SHARE = 0.1;

/**
 * The words buyers name products by: the product names, the words of the synonym list, and
 * the words of the province's own category names as the segmenter cuts them (空调机 gives
 * 空调 and 空调机), two characters or more.
 */
async function productWords(em: EntityManager, tenantId: string): Promise<string[]> {
  const names = await em.execute<{ name: string }[]>(`select name from category where tenant_id = ?::uuid`, [tenantId]);
  const words = [...PRODUCT_WORDS, ...Object.entries(synonymTable()).flat(2), ...names.flatMap((n) => queryTerms(n.name).words)];
  return [...new Set(words.filter((w) => /^\p{Script=Han}{2,}$/u.test(w)))];
}

/** A posted word with the lexemes that stand for it: itself and its synonyms. */
function lexemesOf(word: string): string[] {
  return [word, ...synonymsOf(word)];
}

/**
 * Chooses the province's posted words and brings its postings in step, in the caller's
 * transaction: the product names and brands among its common words (counted first, by
 * `countCommonWords`) that are in at most `POSTING_SHARE` of its documents. A word whose
 * lexemes changed (a new synonym) is posted again. Returns how many words are posted.
 */
export async function choosePostedWords(em: EntityManager, tenantId: string): Promise<number> {
  // Writes of documents wait meanwhile (their triggers take the lock shared), so none is
  // posted under the old words after the new ones have been read.
  await em.execute(`select pg_advisory_xact_lock(${POSTING_LOCK}, hashtext(?::text))`, [tenantId]);
  const rows = await em.execute<{ word: string; documents: number }[]>(
    `select w.lexeme as word, w.documents from search_common_word w
     where w.tenant_id = ?::uuid
       and w.documents <= ceil((select count(*) from search_document where tenant_id = ?::uuid) * ${POSTING_SHARE})
       and (w.lexeme = any(?::text[]) or w.lexeme in (select distinct lower(d.brand) from search_document d where d.tenant_id = ?::uuid))`,
    [tenantId, tenantId, arrayLiteral(await productWords(em, tenantId)), tenantId],
  );
  const wanted = rows.map((r) => ({ word: r.word, lexemes: lexemesOf(r.word), documents: r.documents, query: lexemesOf(r.word).map(tsLexeme).join(' | ') }));
  const json = JSON.stringify(wanted);
  await em.execute(
    `with gone as (
       delete from search_posted_word w where w.tenant_id = ?::uuid
         and not exists (select 1 from jsonb_to_recordset(?::jsonb) as x(word text, lexemes text[]) where x.word = w.word and x.lexemes = w.lexemes)
       returning w.word
     )
     delete from search_posting p using gone g where p.tenant_id = ?::uuid and p.word = g.word`,
    [tenantId, json, tenantId],
  );
  // Only words new to the list get postings (`xmax = 0`: the row was inserted, not updated);
  // a kept word's postings are already in step. Through the view: under the table's policy
  // the word index is not used (pg-search.query.ts).
  await em.execute(
    `with added as (
       insert into search_posted_word (tenant_id, word, lexemes, documents)
       select ?::uuid, x.word, x.lexemes, x.documents from jsonb_to_recordset(?::jsonb) as x(word text, lexemes text[], documents int)
       on conflict (tenant_id, word) do update set documents = excluded.documents
       returning word, (xmax = 0) as fresh
     )
     insert into search_posting (tenant_id, word, listing_id, rank, category_path, brand, price_fen, stock, policy_tags, supplier_region)
     select d.tenant_id, a.word, d.listing_id, d.rank, d.category_path, d.brand, d.price_fen, d.stock, d.policy_tags, d.supplier_region
     from added a join jsonb_to_recordset(?::jsonb) as x(word text, query text) on x.word = a.word
     cross join lateral (select * from ${SEARCH_ROWS} d where d.tenant_id = ?::uuid and d.tokens @@ x.query::tsquery) d
     where a.fresh`,
    [tenantId, json, json, tenantId],
  );
  return wanted.length;
}

/** A province's posted words: each with the lexemes its postings stand for and how many documents had it. */
export type PostedWords = ReadonlyMap<string, { lexemes: readonly string[]; documents: number }>;

export async function loadPostedWords(em: EntityManager, tenantId: string): Promise<PostedWords> {
  const rows = await em.execute<{ word: string; lexemes: string[]; documents: number }[]>(
    'select word, lexemes, documents from search_posted_word where tenant_id = ?::uuid', [tenantId]);
  return new Map(rows.map((r) => [r.word, { lexemes: r.lexemes, documents: r.documents }]));
}

/** A posted word of a query, with the lexemes its postings stand for. */
export interface PostedTerm { word: string; lexemes: string[] }

/**
 * The posted word a search walks by: of the query's Chinese words posted with exactly the
 * lexemes that stand for them now (a posting made under other synonyms would miss documents),
 * the one with fewest documents; null when none is, or when the province still has documents
 * of an older text analysis (`compat`). Only one word's postings are read: testing a second
 * word by its own postings costs a key lookup per posting (~6 µs), as much as the probe of the
 * document it would spare.
 */
export function anchorOf(terms: QueryTerms, posted: PostedWords, compat: boolean): PostedTerm | null {
  if (compat) return null;
  let best: (PostedTerm & { documents: number }) | null = null;
  for (const word of new Set(terms.words)) {
    const p = posted.get(word);
    const lexemes = lexemesOf(word);
    if (!p || p.lexemes.length !== lexemes.length || p.lexemes.some((l, i) => l !== lexemes[i])) continue;
    if (!best || p.documents < best.documents || (p.documents === best.documents && word < best.word)) best = { word, lexemes, documents: p.documents };
  }
  return best && { word: best.word, lexemes: best.lexemes };
}
