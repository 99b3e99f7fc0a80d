import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig, Tenant, TENANT_FILTER, type TenantContext } from '@zhengcai/schema';
import { holidayDays } from '../platform/calendar/holidays-cn.js';
import { PasswordHasher } from '../platform/identity/password-hasher.js';
import { localDateOf } from '../platform/calendar/local-date.js';
import { seedDemoBudgets } from './demo-budgets.js';
import { DEMO_PASSWORD, demoUnitUscc, formatDemoLogins, seedDemoPeople, seedPlatformOperator } from './demo-people.js';
import { seedDemoCategories } from './demo-catalog.js';
import { seedDemoListings } from './demo-listings.js';
import { seedDemoTender } from './demo-tender.js';
import { seedDemoAuction } from './demo-auction.js';
import { IntegrityStandings } from '../oversight/integrity/integrity-standings.js';
import { TxEffects } from '../platform/database/tx-effects.js';
import { DEMO_TENANTS } from './demo-tenants.js';

export interface SeedResult { created: string[]; existing: string[]; usersCreated: number; categoriesCreated: number; listingsCreated: number; budgetLinesCreated: number; tenderProjectsCreated: number; auctionsCreated: number; standingsChanged: number }

/**
 * Creates the demo tenants, their holiday calendars, their organisations and logins, their
 * procurement category trees, a mall of listings on sale from the demo suppliers, the
 * purchasing units' budget lines for the current fiscal year, an expert pool and one
 * published tender project (budget frozen) and one scheduled public asset auction per tenant, and the platform operator. Idempotent: existing tenants, calendar days, organisations and users are
 * left as they are. Runs as the owner role, which row-level security
 * still binds, so each tenant's rows are written with that tenant set.
 */
export async function seedDemo(ownerUrl: string): Promise<SeedResult> {
  const orm = new MikroORM(ormConfig({ url: ownerUrl, poolMax: 2 }));
  const result: SeedResult = { created: [], existing: [], usersCreated: 0, categoriesCreated: 0, listingsCreated: 0, budgetLinesCreated: 0, tenderProjectsCreated: 0, auctionsCreated: 0, standingsChanged: 0 };
  // One hash for every demo login: argon2 is slow on purpose.
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  try {
    for (const demo of DEMO_TENANTS) {
      await orm.em.fork().transactional(async (em) => {
        const found = await em.findOne(Tenant, { code: demo.code });
        const tenantId = found?.id ?? newId();
        await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
        em.setFilterParams(TENANT_FILTER, { tenantId });
        if (!found) {
          em.create(Tenant, { id: tenantId, ...demo, settings: {} });
          await em.flush();
          result.created.push(demo.name);
        } else {
          result.existing.push(demo.name);
        }
        const days = holidayDays();
        await em.execute(
          `insert into calendar_day (id, tenant_id, day, kind, name)
           select id, tenant_id, day, kind, name
           from jsonb_to_recordset(?::jsonb) as x(id uuid, tenant_id uuid, day date, kind calendar_day_kind, name text)
           on conflict (tenant_id, day) do nothing`,
          [JSON.stringify(days.map((d) => ({ id: newId(), tenant_id: tenantId, ...d })))],
        );
        result.usersCreated += await seedDemoPeople(em, { id: tenantId, ...demo }, passwordHash);
        result.categoriesCreated += await seedDemoCategories(em, tenantId);
        result.listingsCreated += await seedDemoListings(em, { id: tenantId, slug: demo.slug });
        const fiscalYear = Number(localDateOf(new Date(), found?.timeZone ?? 'Asia/Shanghai').slice(0, 4));
        result.budgetLinesCreated += await seedDemoBudgets(em, tenantId, demoUnitUscc(demo), fiscalYear);
        result.tenderProjectsCreated += await seedDemoTender(em, { id: tenantId, slug: demo.slug, timeZone: found?.timeZone ?? 'Asia/Shanghai' }, demoUnitUscc(demo), fiscalYear);
        result.auctionsCreated += await seedDemoAuction(em, { id: tenantId, slug: demo.slug, timeZone: found?.timeZone ?? 'Asia/Shanghai' }, demoUnitUscc(demo));
        result.standingsChanged += await seedDemoStandings(em, { id: tenantId, code: demo.code });
      });
    }
    await orm.em.fork().transactional((em) => seedPlatformOperator(em, passwordHash));
    return result;
  } finally {
    await orm.close(true);
  }
}

/**
 * The demo suppliers' integrity standings, computed once with the integrity worker's set-based
 * recompute so the demo shows bands. A second run finds nothing to change. Its effects are
 * dropped: the demo listings' index events are already queued and will read the new band.
 */
async function seedDemoStandings(em: EntityManager, tenant: { id: string; code: string }): Promise<number> {
  const ctx: TenantContext = { tenantId: tenant.id, tenantCode: tenant.code, locale: 'zh-CN', roles: [], requestId: `seed-${tenant.code}` };
  const { changed } = await new IntegrityStandings().recompute(em, new TxEffects(), ctx, new Date());
  return changed.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) {
    console.error('DATABASE_OWNER_URL is required: seeding runs as the owner role.');
    process.exit(1);
  }
  seedDemo(url).then(
    (r) => {
      console.log(`demo tenants: ${r.created.length ? `created ${r.created.join('、')}` : ''}${r.existing.length ? ` already there: ${r.existing.join('、')}` : ''}; ${r.usersCreated} new demo users, ${r.listingsCreated} new demo listings, ${r.budgetLinesCreated} new budget lines, ${r.tenderProjectsCreated} new tender projects, ${r.auctionsCreated} new auctions, ${r.standingsChanged} integrity standings computed`);
      console.log(formatDemoLogins(DEMO_TENANTS));
    },
    (err: unknown) => {
      console.error('seeding failed:', err);
      process.exit(1);
    },
  );
}
