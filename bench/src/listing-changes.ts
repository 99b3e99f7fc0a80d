import pg from 'pg';
import { changeNotice, SEARCH_CHANGED_CHANNEL } from '@zhengcai/api/catalog/search/cache/cached-search-port';

/**
 * Listings changing while searches run, as orders change them: each change takes one from the
 * stock of a listing and adds one to its sales in the search index, and announces it the way
 * the index writer does (the notice names the listing). The listings are the province's 2,000
 * best-ranked — what buyers order most and what search results show first, so the changes hit
 * cached results as often as real ones would, or more. Returns a stop function that resolves
 * to the number of changes made.
 */
export async function changeListings(url: string, tenantId: string, perSecond: number): Promise<() => Promise<number>> {
  const c = new pg.Client({ connectionString: url, application_name: 'zc-bench-listing-changes' });
  await c.connect();
  await c.query('begin');
  await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  const ids = (await c.query<{ id: string }>(`select listing_id as id from search_document where tenant_id = $1 order by rank desc, listing_id limit 2000`, [tenantId])).rows.map((r) => r.id);
  await c.query('commit');
  let running = true;
  let made = 0;
  let i = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const id = ids[(i++ * 7919) % ids.length]; // a fixed walk through them, the same in every run
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await c.query(`update search_document set stock = greatest(stock - 1, 0), sales_count = sales_count + 1, updated_at = now() where listing_id = $1`, [id]);
      await c.query('select pg_notify($1, $2)', [SEARCH_CHANGED_CHANNEL, changeNotice(tenantId, [id])]);
      await c.query('commit');
      made++;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / perSecond - (Date.now() - started))));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await c.end();
    return made;
  };
}
