import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId, parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { publishForListingsOnSale } from '../../catalog/listings/listing-events.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import type { IntegrityRules } from './integrity-points.js';

/** Effective and appealed events count; an appeal only takes an event out when upheld. */
export const COUNTED_STATES = `('effective', 'appealed')`;

/**
 * An event's weight now: points × 0.5^(age ÷ half-life), in exact numeric arithmetic (age in
 * days, never negative). The score rounds once, at the end.
 */
export const decayedSql = (event: string, asOf: string, halfLife: string) =>
  `(${event}.points * power(0.5::numeric, greatest(extract(epoch from (${asOf} - ${event}.occurred_at)), 0)::numeric / 86400 / ${halfLife}))`;

export interface StandingChange {
  supplierId: string;
  before: { score: number | null; band: string | null; blocked: boolean };
  after: { score: number; band: string; blocked: boolean };
}

/**
 * Recomputes integrity standings set-based: one statement scores the suppliers (all of a
 * tenant, or one), upserts `integrity_standing`, and copies score, band and the band block
 * onto the organisation where they changed. Idempotent: the same events and clock give the
 * same standing. A changed score or band re-indexes the supplier's listings on sale.
 */
@Injectable()
export class IntegrityStandings {
  async recompute(em: EntityManager, tx: TxEffects, ctx: TenantContext, asOf: Date, supplierId?: string): Promise<{ suppliers: number; changed: StandingChange[] }> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const r = parseTenantSettings(tenant.settings).integrity;
    const rows = await em.execute<{ supplier_id: string; total: string; before_score: number | null; before_band: string | null; before_blocked: boolean; score: number; band: string; blocked: boolean; changed: boolean }[]>(
      standingsSql(Boolean(supplierId)),
      [asOf, r.halfLifeDays, ctx.tenantId, ...(supplierId ? [supplierId] : []), r.baseScore, r.bandAMin, r.bandBMin, r.bandCMin, r.blockBand, ctx.tenantId, asOf],
    );
    const changed = rows.filter((x) => x.changed).map((x) => ({
      supplierId: x.supplier_id,
      before: { score: x.before_score, band: x.before_band, blocked: x.before_blocked },
      after: { score: x.score, band: x.band, blocked: x.blocked },
    }));
    for (const c of changed) {
      tx.audit({ action: 'integrity.standing.recompute', subjectType: 'organisation', subjectId: c.supplierId, change: { ...c, asOf: asOf.toISOString() } });
      await publishForListingsOnSale(em, tx, c.supplierId);
    }
    if (!supplierId) await this.keepMonth(em, tenant, asOf, r);
    return { suppliers: rows.length, changed };
  }

  /**
   * The running month's band counts (tenant time zone) with the thresholds in force, rewritten
   * by every whole-tenant run: the last run of a month leaves that month's history.
   */
  private async keepMonth(em: EntityManager, tenant: Tenant, asOf: Date, r: Pick<IntegrityRules, 'bandAMin' | 'bandBMin' | 'bandCMin'>): Promise<void> {
    await em.execute(
      `insert into integrity_band_month (id, tenant_id, month, a, b, c, d, band_a_min, band_b_min, band_c_min, recorded_at)
       select ?, ?, to_char(?::timestamptz at time zone ?, 'YYYY-MM'),
         (count(*) filter (where band = 'A'))::int, (count(*) filter (where band = 'B'))::int, (count(*) filter (where band = 'C'))::int, (count(*) filter (where band = 'D'))::int,
         ?, ?, ?, ?::timestamptz
       from integrity_standing where tenant_id = ?
       on conflict (tenant_id, month) do update set a = excluded.a, b = excluded.b, c = excluded.c, d = excluded.d,
         band_a_min = excluded.band_a_min, band_b_min = excluded.band_b_min, band_c_min = excluded.band_c_min, recorded_at = excluded.recorded_at`,
      [newId(), tenant.id, asOf, tenant.timeZone, r.bandAMin, r.bandBMin, r.bandCMin, asOf, tenant.id],
    );
  }
}

/** The band of a score under the tenant's thresholds (the same rule as the SQL). */
export function bandOf(score: number, r: Pick<IntegrityRules, 'bandAMin' | 'bandBMin' | 'bandCMin'>): 'A' | 'B' | 'C' | 'D' {
  if (score >= r.bandAMin) return 'A';
  if (score >= r.bandBMin) return 'B';
  if (score >= r.bandCMin) return 'C';
  return 'D';
}

function standingsSql(one: boolean): string {
  return `
with scored as (
  select o.id as supplier_id,
         coalesce(sum(${decayedSql('e', '?::timestamptz', '?::numeric')}), 0) as total,
         count(e.id)::int as n
  from organisation o
  left join integrity_event e on e.tenant_id = o.tenant_id and e.supplier_id = o.id and e.state in ${COUNTED_STATES}
  where o.tenant_id = ? and o.kind = 'supplier'${one ? ' and o.id = ?' : ''}
  group by o.id
), rounded as (
  -- clamp to 0–100, then round once, half-up
  select supplier_id, n, total, floor(least(greatest(?::numeric + total, 0), 100) + 0.5)::smallint as score from scored
), banded as (
  select supplier_id, n, total, score,
         case when score >= ? then 'A' when score >= ? then 'B' when score >= ? then 'C' else 'D' end as band
  from rounded
), flagged as (
  select b.*, b.band >= ? as blocked from banded b
), upserted as (
  insert into integrity_standing (tenant_id, supplier_id, score, band, blocked_by_band, event_count, computed_at)
  select ?, supplier_id, score, band, blocked, n, ?::timestamptz from flagged
  on conflict (supplier_id) do update set score = excluded.score, band = excluded.band, blocked_by_band = excluded.blocked_by_band,
    event_count = excluded.event_count, computed_at = excluded.computed_at
  returning supplier_id
), prev as (
  select o.id, o.integrity_score, o.integrity_band, o.integrity_band_blocked from organisation o join flagged f on f.supplier_id = o.id
), copied as (
  update organisation o set integrity_score = f.score, integrity_band = f.band, integrity_band_blocked = f.blocked
  from flagged f
  where o.id = f.supplier_id and (o.integrity_score is distinct from f.score or o.integrity_band is distinct from f.band or o.integrity_band_blocked <> f.blocked)
  returning o.id
)
select f.supplier_id, f.total::text as total, p.integrity_score as before_score, p.integrity_band as before_band, p.integrity_band_blocked as before_blocked,
       f.score, f.band, f.blocked, (c.id is not null) as changed
from flagged f join prev p on p.id = f.supplier_id left join copied c on c.id = f.supplier_id
where (select count(*) from upserted) >= 0`;
}
