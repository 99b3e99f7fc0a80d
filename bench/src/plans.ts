import type pg from 'pg';
import { buildSearch } from '@zhengcai/api/catalog/search/pg/pg-search.query';
import { loadPostedWords } from '@zhengcai/api/catalog/search/pg/postings';
import { isCode, lookUpCodes } from '@zhengcai/api/catalog/search/pg/search-terms';
import { queryTerms, tsLexeme } from '@zhengcai/api/catalog/search/text/segmenter';

/** MikroORM's `?` placeholders as pg's `$n`. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

async function explain(c: pg.Client, tenantId: string, text: string, params: readonly unknown[]): Promise<{ ms: number; plan: string[] }> {
  await c.query('begin');
  try {
    await c.query(`select set_config('app.tenant_id', $1, true), set_config('plan_cache_mode', 'force_custom_plan', true), set_config('pg_trgm.similarity_threshold', '0.2', true), set_config('random_page_cost', '1.1', true), set_config('max_parallel_workers_per_gather', '0', true)`, [tenantId]);
    const r = await c.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off, costs off, timing off) ${text}`, [...params]);
    const lines = r.rows.map((x) => x['QUERY PLAN']);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
    return { ms, plan: lines.filter((l) => /Scan|Limit|Sort/.test(l)).map((l) => l.trim()).slice(0, 8) };
  } finally {
    await c.query('rollback');
  }
}

export interface PlanFigure { name: string; medianMs: number; plan: string[] }

async function median(name: string, runs: number, once: () => Promise<{ ms: number; plan: string[] }>): Promise<PlanFigure> {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return { name, medianMs: ms[Math.floor(ms.length / 2)], plan: results[0].plan };
}

/**
 * The plans of the real statements with real parameters (the generic-plan trap shows here as
 * a Seq Scan), and the common word ranked over every match with a plain GIN index — the
 * uncapped design — beside the capped one.
 */
export async function planFigures(c: pg.Client, tenantId: string, commonWord: string, cap: number): Promise<PlanFigure[]> {
  const figures: PlanFigure[] = [];
  // The adapter's first statement (typo corrections) through the same pg client.
  const em = { execute: async (sql: string, params: unknown[]) => (await c.query(numbered(sql), params)).rows } as unknown as Parameters<typeof lookUpCodes>[0];
  for (const text of ['台式计算机', 'i5-1430P', commonWord]) {
    await c.query('begin');
    await c.query(`select set_config('app.tenant_id', $1, true), set_config('pg_trgm.similarity_threshold', '0.2', true)`, [tenantId]);
    const fixed = await lookUpCodes(em, tenantId, queryTerms(text).latin.filter(isCode));
    const posted = await loadPostedWords(em, tenantId);
    await c.query('rollback');
    const q = buildSearch(tenantId, { text }, 20, { cap, walk: 5_000 }, fixed, false, posted);
    figures.push(await median(`search "${text}" (the API's statement, cap ${cap})`, 5, () => explain(c, tenantId, numbered(q.text), q.params)));
  }
  const any = queryTerms(commonWord).words.map(tsLexeme).join(' & ');
  const plain = `select listing_id from search_document d where tenant_id = $1 and tokens @@ $2::tsquery
                 order by ts_rank('{0.1, 0.2, 0.4, 1.0}', tokens, $2::tsquery) * (1 + rank) desc limit 21`;
  figures.push(await median(`"${commonWord}" ranked over every match (plain GIN, no cap, no facets)`, 5, () => explain(c, tenantId, plain, [tenantId, any])));
  const count = `select count(*) from search_document where tenant_id = $1 and tokens @@ $2::tsquery`;
  figures.push(await median(`"${commonWord}" exact count of every match`, 3, () => explain(c, tenantId, count, [tenantId, any])));
  return figures;
}

export async function matchCount(c: pg.Client, tenantId: string, word: string): Promise<number> {
  await c.query('begin');
  try {
    await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const any = queryTerms(word).words.map(tsLexeme).join(' & ');
    // The catalogue is public within the deployment: row-level security alone would count every province.
    return Number((await c.query(`select count(*) from search_document where tenant_id = $1 and tokens @@ $2::tsquery`, [tenantId, any])).rows[0].count);
  } finally {
    await c.query('rollback');
  }
}
