import type { SearchFilters } from '../search-port.js';
import { compatWords, type QueryTerms, tsLexeme } from '../text/segmenter.js';
import { synonymsOf } from '../text/synonyms.js';
import type { TermLookup } from './search-terms.js';
import { arrayLiteral, type Frag, join, raw, sql } from './sql-fragment.js';

/** ts_rank weights for D, C, B, A: description, supplier name, —, title/brand/model. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const HAS_DIGIT = /\d/;
/** The shortest model or brand fragment matched inside a longer one: one trigram. */
const MIN_SUBSTRING = 3;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `xx0000` takes a province, `xxxx00` a city, anything else one county. */
export function regionPattern(code: string): string {
  if (code.endsWith('0000')) return `${code.slice(0, 2)}%`;
  if (code.endsWith('00')) return `${code.slice(0, 4)}%`;
  return code;
}

/**
 * The text predicate: every Chinese word among the tokens (the GIN index), and each Latin
 * term as a token. A code the dictionary knows is just that token; an unknown one with typo
 * corrections matches them too; anything else (a word, part of a model number) may also be a
 * model or brand substring (trigram index) — the costly test, so only when needed, and only
 * from three characters: a shorter one has no trigram to look up, so the index would be read
 * whole (x1 is a token or nothing). Null when the query has no terms. Corrections arrive as
 * literals: the planner sees the very lexemes.
 */
export function matchPredicate(terms: QueryTerms, codes: ReadonlyMap<string, TermLookup> = new Map(), compat = false): Frag | null {
  const parts: Frag[] = [];
  if (terms.words.length) parts.push(sql`d.tokens @@ ${terms.words.map((w) => wordQuery(w, compat)).join(' & ')}::tsquery`);
  const substrings = new Set(substringTerms(terms, codes));
  for (const term of terms.latin) {
    const lexemes = [term, ...(codes.get(term)?.corrections ?? [])].map(tsLexeme).join(' | ');
    if (substrings.has(term)) {
      const like = `%${likeEscape(term)}%`;
      parts.push(sql`(d.tokens @@ ${lexemes}::tsquery or d.model ilike ${like} or d.brand ilike ${like})`);
    } else {
      parts.push(sql`d.tokens @@ ${lexemes}::tsquery`);
    }
  }
  return parts.length ? join(parts, ' and ') : null;
}

/**
 * A Chinese word as tsquery text: the word or any of its synonyms (电脑 | 计算机, synonyms.ts).
 * With `compat` (a province with documents tokenised before `TEXT_VERSION` 2), a product word
 * also matches its older parts: 台式计算机 | 台式 & 计算机.
 */
function wordQuery(word: string, compat: boolean): string {
  const forms = [word, ...synonymsOf(word)].map((w) => {
    const older = compat ? compatWords(w) : null;
    return older ? `${tsLexeme(w)} | ${older.map(tsLexeme).join(' & ')}` : tsLexeme(w);
  });
  return forms.length > 1 || forms[0].includes('|') ? `(${forms.join(' | ')})` : forms[0];
}

/** A query's Chinese words with their synonyms: what a document's tokens may show for them. */
export function wordForms(terms: QueryTerms): string[] {
  return terms.words.flatMap((w) => [w, ...synonymsOf(w)]);
}

/** The query's Latin terms that may also match inside a model or brand (see `matchPredicate`). */
export function substringTerms(terms: QueryTerms, codes: ReadonlyMap<string, TermLookup> = new Map()): string[] {
  return terms.latin.filter((term) => {
    const found = codes.get(term);
    return !(found && (found.known || found.corrections.length)) && term.length >= MIN_SUBSTRING;
  });
}

/** Text relevance: weighted token rank for any term, plus model-number closeness. */
export function relevanceExpression(terms: QueryTerms, compat = false): Frag {
  const words = wordForms(terms);
  const all = [...words, ...(compat ? words.flatMap((w) => compatWords(w) ?? []) : []), ...terms.latin];
  if (all.length === 0) return raw('0::float8');
  const anyTerm = all.map(tsLexeme).join(' | ');
  const codes = terms.latin.filter((t) => HAS_DIGIT.test(t));
  const closeness = codes.length ? sql` + 0.5 * word_similarity(${codes.join(' ')}, d.model)` : raw('');
  return sql`(ts_rank(${RANK_WEIGHTS}::float4[], d.tokens, ${anyTerm}::tsquery)${closeness})::float8`;
}

/** The filters as tests of the row named `alias`: a search document or a posting (postings.ts). */
export function filterPredicates(f: SearchFilters = {}, alias = 'd'): Frag[] {
  const out: Frag[] = [];
  const col = (name: string) => raw(`${alias}.${name}`);
  if (f.categoryCode) out.push(sql`${col('category_path')} @> array[${f.categoryCode}::text]`);
  if (f.brands?.length) out.push(sql`${col('brand')} = any(${arrayLiteral(f.brands)}::text[])`);
  if (f.priceMinFen !== undefined) out.push(sql`${col('price_fen')} >= ${f.priceMinFen.toString()}::bigint`);
  if (f.priceMaxFen !== undefined) out.push(sql`${col('price_fen')} <= ${f.priceMaxFen.toString()}::bigint`);
  if (f.policyTags?.length) out.push(sql`${col('policy_tags')} @> ${arrayLiteral(f.policyTags)}::text[]`);
  if (f.supplierRegions?.length) out.push(sql`${col('supplier_region')} like any(${arrayLiteral(f.supplierRegions.map(regionPattern))}::text[])`);
  if (f.inStock) out.push(sql`${col('stock')} > 0`);
  return out;
}
