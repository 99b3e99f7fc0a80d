import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchCorrection } from '../search-port.js';
import { arrayLiteral } from './sql-fragment.js';

/**
 * A term the dictionary keeps: a Latin run of three or more (model numbers, brand and series
 * names), letters only or letters and digits. Pure numbers (500, 2024) are not worth it.
 */
export const isCode = (token: string) => /^[a-z0-9][a-z0-9.\-_]*$/.test(token) && /[a-z]/.test(token) && token.length >= 3;

/** Edits a code may be off by: one for short ones, two from six characters. */
export const typoEdits = (term: string) => (term.length >= 6 ? 2 : 1);

/** Corrections kept per asked term: the closest first. */
const MAX_CORRECTIONS = 5;

/** Adds the documents' codes to the tenant's dictionary (existing ones stay). */
export async function rememberTerms(em: EntityManager, tenantId: string, tokens: Iterable<string>): Promise<void> {
  const codes = [...new Set([...tokens].filter(isCode))];
  if (codes.length === 0) return;
  await em.execute(`insert into search_term (tenant_id, term) select ?::uuid, t from unnest(?::text[]) t on conflict do nothing`, [tenantId, arrayLiteral(codes)]);
}

/** What the dictionary says of a query's code: a known term, or its corrections (maybe none). */
export interface TermLookup {
  known: boolean;
  corrections: string[];
}

/**
 * Looks the query's codes up in the tenant's dictionary. A known code is an exact token;
 * an unknown one gets the terms within a few edits: trigram similarity (the index) narrows
 * the dictionary, the edit distance decides. A swap of two digits (i5-1430P for i5-1340P) is
 * two edits; another processor (i5-1235U) three. Reads the tenant-scoped view, under which
 * the trigram index can be used (rls.ts, `tenantScopedView`).
 */
export async function lookUpCodes(em: EntityManager, tenantId: string, codes: readonly string[]): Promise<Map<string, TermLookup>> {
  const out = new Map<string, TermLookup>(codes.map((c) => [c, { known: false, corrections: [] }]));
  if (codes.length === 0) return out;
  const asked = arrayLiteral(codes);
  const rows = await em.execute<{ asked: string; found: string | null }[]>(
    `select q.term as asked, null as found from unnest(?::text[]) as q(term)
     where exists (select 1 from search_term_visible t where t.tenant_id = ?::uuid and t.term = q.term)
     union all
     select q.term, s.term from unnest(?::text[]) as q(term)
     cross join lateral (
       select t.term from search_term_visible t
       where t.tenant_id = ?::uuid and t.term % q.term and t.term <> q.term
         and levenshtein_less_equal(t.term, q.term, case when length(q.term) >= 6 then 2 else 1 end) <= case when length(q.term) >= 6 then 2 else 1 end
       order by levenshtein(t.term, q.term), t.term
       limit ${MAX_CORRECTIONS}
     ) s
     where not exists (select 1 from search_term_visible t where t.tenant_id = ?::uuid and t.term = q.term)`,
    [asked, tenantId, asked, tenantId, tenantId],
  );
  for (const r of rows) {
    const entry = out.get(r.asked)!;
    if (r.found === null) entry.known = true;
    else entry.corrections.push(r.found);
  }
  return out;
}

/** The unknown codes that were searched as close ones instead, for the buyer to see. */
export function correctionsOf(found: ReadonlyMap<string, TermLookup>): SearchCorrection[] {
  return [...found].filter(([, l]) => !l.known && l.corrections.length > 0).map(([asked, l]) => ({ asked, matched: [...l.corrections] }));
}
