import type { EntityManager } from '@mikro-orm/postgresql';
import { Auction, AuctionDirection, AuctionState, newId, Organisation } from '@zhengcai/schema';
import { addDays, localDateOf, startOfLocalDate } from '../platform/calendar/local-date.js';
import { checkAuctionInput } from '../sourcing/auction/auction-input.js';
import { findDemoBuyer } from './demo-people.js';

/** The title of each demo tenant's public asset auction (tests find it by this). */
export const DEMO_AUCTION_TITLE = '公务用车公开拍卖：2019款大众帕萨特 2.0T 轿车一辆';

/**
 * One public asset auction (公物处置) of the demo buyer's unit, as creating it leaves it:
 * scheduled for 10:00 tomorrow (local time) for an hour, with a registration deposit; the
 * auction sweep starts and ends it. Its terms pass the same checks as one made on the form.
 * Idempotent: a unit that already has it is left alone.
 */
export async function seedDemoAuction(em: EntityManager, tenant: { id: string; slug: string; timeZone: string }, unitUscc: string): Promise<number> {
  const unit = await findDemoBuyer(em, tenant, unitUscc);
  if (!unit) return 0;
  const [existing] = await em.execute(`select id from auction where tenant_id = ? and buyer_id = ? and title = ?`, [tenant.id, unit.unitId, DEMO_AUCTION_TITLE]);
  if (existing) return 0;

  const now = new Date();
  const tomorrow = addDays(localDateOf(now, tenant.timeZone), 1);
  const terms = checkAuctionInput(
    {
      direction: AuctionDirection.Forward,
      title: DEMO_AUCTION_TITLE,
      description: '2019年6月登记，行驶里程 8.6 万公里，年检有效，手续齐全，按现状拍卖。成交后 5 个工作日内付清余款并办理过户。',
      categoryCode: 'A020305',
      quantity: 1,
      startPrice: 60_000_00n,
      step: 500_00n,
      deposit: 5_000_00n,
      appraisal: 68_000_00n,
      viewing: '拍卖前三个工作日 9:00–16:00，本单位车库（预约看样）',
      startsAt: new Date(startOfLocalDate(tomorrow, tenant.timeZone).getTime() + 10 * 3_600_000),
      durationMinutes: 60,
    },
    now,
  );
  const { endsAt, budgetLineId: _line, ...rest } = terms;
  const unitRef = em.getReference(Organisation, unit.unitId);
  em.create(Auction, {
    ...rest, id: newId(), tenantId: tenant.id, budgetLine: null, organiser: unitRef, buyer: unitRef, createdBy: unit.userId,
    scheduledEndAt: endsAt, endsAt, state: AuctionState.Scheduled,
  });
  await em.flush();
  return 1;
}
