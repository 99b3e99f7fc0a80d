import pg from 'pg';
import { composeUscc } from '@zhengcai/schema';

/**
 * The order bench's data, on top of the demo seed of one tenant: N purchasing units, each
 * with one purchaser login (the demo password) and L budget lines of the current year (with
 * their load movements, as the seed writes them), and M listings on sale with a large stock,
 * cloned from the tenant's approved demo listings. Ids derive from md5 of a name and a number
 * (`bench-line-3-2`, see benchUuid), so the pgbench script can pick rows with random numbers.
 */
export interface OrderData {
  tenantId: string;
  units: { n: number; id: string; userId: string; loginName: string; lines: string[] }[];
  listings: { n: number; id: string; priceFen: bigint; supplierId: string; categoryId: string }[];
  stock: number;
}

export const BENCH_STOCK = 10_000_000;
export const LINE_AMOUNT_FEN = 10n ** 12n;
/** An md5 made a version-4 UUID (the API validates ids): immutable, so folded to a constant when planned. */
export const benchUuid = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
export const idExpr = {
  unit: (u: string) => benchUuid(`'bench-unit-' || ${u}::text`),
  user: (u: string) => benchUuid(`'bench-user-' || ${u}::text`),
  line: (u: string, j: string) => benchUuid(`'bench-line-' || ${u}::text || '-' || ${j}::text`),
  listing: (l: string) => benchUuid(`'bench-listing-' || ${l}::text`),
};

export async function generateOrderData(owner: pg.Client, tenantCode: string, units: number, linesPerUnit: number, listings: number, fiscalYear: number): Promise<OrderData> {
  const [tenant] = (await owner.query<{ id: string }>(`select id from tenant where code = $1`, [tenantCode])).rows;
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
    const usccs = Array.from({ length: units }, (_, i) => composeUscc('11330100', `MB${String(i + 1).padStart(6, '0')}`));
    await owner.query(
      `insert into organisation (id, tenant_id, kind, name, uscc)
       select ${benchUuid("'bench-unit-' || n")}, $1, 'purchasing_unit', '基准测试采购单位' || n, ($2::text[])[n] from generate_series(1, $3) n`,
      [tenant.id, usccs, units],
    );
    await owner.query(
      `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles)
       select ${benchUuid("'bench-user-' || n")}, $1, ${benchUuid("'bench-unit-' || n")}, 'bench-buyer-' || n, '压测采购员' || n,
              (select password_hash from user_account where login_name = 'zj-buyer'), '{purchaser}'::user_role[]
       from generate_series(1, $2) n`,
      [tenant.id, units],
    );
    await owner.query(
      `insert into budget_line (id, tenant_id, unit_id, fiscal_year, code, name, amount_fen, used_fen, frozen_fen)
       select ${benchUuid("'bench-line-' || u || '-' || j")}, $1, ${benchUuid("'bench-unit-' || u")}, $2, 'BENCH-' || j, '压测预算' || j, $3, 0, 0
       from generate_series(1, $4) u, generate_series(1, $5) j`,
      [tenant.id, fiscalYear, LINE_AMOUNT_FEN.toString(), units, linesPerUnit],
    );
    await owner.query(
      `insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, note)
       select gen_random_uuid(), $1, id, 'load', amount_fen, 0, 0, '压测数据' from budget_line where code like 'BENCH-%'`,
      [tenant.id],
    );
    await owner.query(
      `insert into listing (id, tenant_id, supplier_id, category_id, title, description, brand, model, price_fen, stock,
                            delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
       select ${benchUuid("'bench-listing-' || n")}, s.tenant_id, s.supplier_id, s.category_id, left(s.title, 110) || ' #' || n, s.description, s.brand, s.model,
              s.price_fen, $2, s.delivery_region_codes, s.image_urls, s.warranty_months, s.policy_tags, 'approved', now(), now()
       from generate_series(1, $1) n
       join (select l.*, row_number() over (order by l.id) - 1 as k, count(*) over () as c from listing l where l.state = 'approved') s
         on s.k = (n - 1) % s.c`,
      [listings, BENCH_STOCK],
    );
    const unitRows = Array.from({ length: units }, (_, i) => i + 1);
    const lineRows = (await owner.query<{ unit_id: string; id: string; code: string }>(`select unit_id, id, code from budget_line where code like 'BENCH-%' order by code`)).rows;
    const listingRows = (await owner.query<{ id: string; price_fen: string; supplier_id: string; category_id: string; title: string }>(`select id, price_fen, supplier_id, category_id, title from listing where title like '% #%' and stock = $1`, [BENCH_STOCK])).rows;
    const userRows = (await owner.query<{ id: string; login_name: string; organisation_id: string }>(`select id, login_name, organisation_id from user_account where login_name like 'bench-buyer-%'`)).rows;
    await owner.query('commit');
    return {
      tenantId: tenant.id,
      units: unitRows.map((n) => {
        const user = userRows.find((r) => r.login_name === `bench-buyer-${n}`)!;
        return { n, id: user.organisation_id, userId: user.id, loginName: user.login_name, lines: lineRows.filter((l) => l.unit_id === user.organisation_id).map((l) => l.id) };
      }),
      listings: listingRows.map((r) => ({ n: Number(r.title.slice(r.title.lastIndexOf('#') + 1)), id: r.id, priceFen: BigInt(r.price_fen), supplierId: r.supplier_id, categoryId: r.category_id })).sort((a, b) => a.n - b.n),
      stock: BENCH_STOCK,
    };
  } catch (err) {
    await owner.query('rollback');
    throw err;
  }
}
