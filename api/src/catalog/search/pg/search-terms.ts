import type { EntityManager } from '@mikro-orm/postgresql';
import { arrayLiteral } from './sql-fragment.js';

/** A model-number-like term: letters and digits together. */
export const isCode = (token: string) => /\d/.test(token) && /[a-z]/.test(token) && token.length >= 3;

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

/**
 * Terms of the dictionary within a few edits of each asked code: trigram similarity (the
 * index) narrows the dictionary, the edit distance decides. A swap of two digits
 * (i5-1430P for i5-1340P) is two edits; another processor (i5-1235U) three.
 */
export async function corrections(em: EntityManager, tenantId: string, codes: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (codes.length === 0) return out;
  const rows = await em.execute<{ asked: string; found: string }[]>(
    `select q.term as asked, s.term as found
     from unnest(?::text[]) as q(term)
     cross join lateral (
       select t.term from search_term t
       where t.tenant_id = ?::uuid and t.term % q.term and t.term <> q.term
         and levenshtein_less_equal(t.term, q.term, case when length(q.term) >= 6 then 2 else 1 end) <= case when length(q.term) >= 6 then 2 else 1 end
       order by levenshtein(t.term, q.term), t.term
       limit ${MAX_CORRECTIONS}
     ) s`,
    [arrayLiteral(codes), tenantId],
  );
  for (const r of rows) out.set(r.asked, [...(out.get(r.asked) ?? []), r.found]);
  return out;
}
