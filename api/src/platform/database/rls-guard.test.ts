import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerClient } from '../../../test/tenants.js';

/**
 * Reads the catalog of the migrated database. It fails the moment a migration adds a table
 * with tenant_id but forgets row-level security, or the app role gains powers it must not have.
 */
/**
 * Tables of public catalogue data read through a tenant-scoped view (schema rls.ts,
 * `tenantScopedView`): their policy binds the app role but not the owner the view runs as.
 */
const SCOPED_VIEWS: Record<string, string> = { search_document: 'search_document_visible', search_term: 'search_term_visible' };

describe('row-level security guard', () => {
  let db: pg.Client;
  const appRole = () => new URL(process.env.DATABASE_URL!).username;

  beforeAll(async () => {
    db = await ownerClient();
  });
  afterAll(() => db.end());

  it('enables and forces RLS, with a tenant policy, on every table that has tenant_id', async () => {
    const { rows } = await db.query<{ table: string; rls: boolean; forced: boolean; policies: string[] }>(`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             coalesce(array_agg(p.polname) filter (where p.polname is not null), '{}') as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      left join pg_policy p on p.polrelid = c.oid
      where c.relkind in ('r', 'p')
      group by c.relname, c.relrowsecurity, c.relforcerowsecurity`);
    expect(rows.length).toBeGreaterThan(0);
    const broken = rows.filter((r) => !r.rls || (!r.forced && !SCOPED_VIEWS[r.table]) || r.policies.length === 0).map((r) => r.table);
    expect(broken, `tables with tenant_id lacking RLS, FORCE or a policy: ${broken.join(', ')}`).toEqual([]);
  });

  it('keeps tenant_id first in every index of a tenant-owned table except the primary key', async () => {
    const { rows } = await db.query<{ index: string; first: string }>(`
      select i.relname as index, a.attname as first
      from pg_index x
      join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
      join pg_class i on i.oid = x.indexrelid
      join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
      where not x.indisprimary
        and exists (select 1 from pg_attribute ta where ta.attrelid = t.oid and ta.attname = 'tenant_id' and not ta.attisdropped)`);
    const offenders = rows.filter((r) => r.first !== 'tenant_id').map((r) => r.index);
    expect(offenders).toEqual([]);
  });

  it('gives the app role no superuser, no BYPASSRLS and no ownership of anything', async () => {
    const role = appRole();
    const { rows: [r] } = await db.query<{ rolsuper: boolean; rolbypassrls: boolean }>('select rolsuper, rolbypassrls from pg_roles where rolname = $1', [role]);
    expect(r).toEqual({ rolsuper: false, rolbypassrls: false });
    const { rows: owned } = await db.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and pg_get_userbyid(c.relowner) = $1`, [role]);
    expect(owned).toEqual([]);
    const { rows: types } = await db.query('select typname from pg_type where pg_get_userbyid(typowner) = $1', [role]);
    expect(types).toEqual([]);
  });

  it('lets the app role into no table that has no policy for it', async () => {
    const role = appRole();
    const { rows } = await db.query<{ table: string }>(`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      where c.relkind = 'r' and has_table_privilege($1, c.oid, 'select') and not c.relrowsecurity`, [role]);
    expect(rows).toEqual([]);
  });

  it('scopes every view over a tenant-owned table to the session tenant, and the app role can define no function to see past it', async () => {
    const { rows } = await db.query<{ view: string; definition: string }>(`
      select c.relname as view, pg_get_viewdef(c.oid) as definition from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      where c.relkind = 'v' and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')`);
    expect(Object.fromEntries(rows.map((r) => [r.view, /tenant_id = \(NULLIF\(current_setting\('app\.tenant_id'::text, true\), ''::text\)\)::uuid/.test(r.definition)])))
      .toEqual(Object.fromEntries(Object.values(SCOPED_VIEWS).map((v) => [v, true])));
    // `select *` is expanded when a view is made: a column added to the table later must be
    // added to its view too (create or replace view), or the searches would not see it.
    for (const [table, view] of Object.entries(SCOPED_VIEWS)) {
      const { rows: columns } = await db.query<{ rel: string; cols: string[] }>(
        `select c.relname as rel, array_agg(a.attname::text order by a.attnum) as cols from pg_attribute a join pg_class c on c.oid = a.attrelid
         where c.relname = any($1) and a.attnum > 0 and not a.attisdropped group by c.relname`, [[table, view]]);
      const of = (rel: string) => columns.find((r) => r.rel === rel)?.cols;
      expect(of(view), `${view} lacks columns of ${table}`).toEqual(of(table));
    }
    // The views are no security barrier (so indexes work): a function of the app role's own
    // could see rows before the view's test. It can create none.
    const { rows: [create] } = await db.query<{ ok: boolean }>(`select has_schema_privilege($1, 'public', 'create') as ok`, [appRole()]);
    expect(create.ok).toBe(false);
  });
});
