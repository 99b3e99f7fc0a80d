import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type TenantContext, TenderBidState, TenderLot, TenderLotState } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { completeIfDone } from './project-completion.js';
import { nextTenderLotState } from './tender-state-machines.js';

/** Lots handled per run; the next minute's run takes the rest. */
const BATCH = 200;

export const tooFewBidsReason = (bids: number, needed: number) => `投标截止时递交投标文件的供应商仅 ${bids} 家，不足 ${needed} 家，流标`;

/**
 * The bid deadline of a tenant's lots, every minute: a lot in bidding whose project's
 * deadline has passed either fails (流标: fewer live bids than it needs) or moves to
 * opening. Lots are row-locked with SKIP LOCKED and re-checked, so concurrent or repeated
 * runs act on each lot once.
 */
@Injectable()
export class DeadlineSweepService {
  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<{ opened: number; failed: number; completed: number }> {
    const due = await em.execute<{ id: string }[]>(
      `select l.id from tender_lot l join tender_project p on p.id = l.project_id
       where l.state = 'bidding' and p.state = 'published' and p.bid_deadline <= ?
       order by p.bid_deadline, l.id limit ? for update of l skip locked`,
      [now, BATCH],
    );
    if (due.length === 0) return { opened: 0, failed: 0, completed: 0 };
    const lots = await em.find(TenderLot, { id: { $in: due.map((d) => d.id) }, state: TenderLotState.Bidding }, { refresh: true, orderBy: { lotNo: 'asc' } });
    const counts = await liveBids(em, lots.map((l) => l.id));
    let opened = 0;
    let failed = 0;
    const ended = new Set<string>();
    for (const lot of lots) {
      const bids = counts.get(lot.id) ?? 0;
      const from = lot.state;
      if (bids < lot.minBidders) {
        lot.state = nextTenderLotState(lot.state, 'fail');
        lot.failureReason = tooFewBidsReason(bids, lot.minBidders);
        tx.publish(domainEvent('tender.lot.failed', { lotId: lot.id, trigger: 'lot_failed' }));
        ended.add(lot.project.id);
        failed += 1;
      } else {
        lot.state = nextTenderLotState(lot.state, 'close_bidding');
        lot.openedAt = now; // 开标 starts the moment bidding closes
        // Bidders are told to decrypt their bids within the window (docs/notifications.md).
        tx.publish(domainEvent('tender.lot.opening-started', { lotId: lot.id }));
        opened += 1;
      }
      lot.updatedAt = now;
      tx.audit({ action: `tender.lot.${lot.state === TenderLotState.Failed ? 'fail' : 'close-bidding'}`, subjectType: 'tender_lot', subjectId: lot.id, change: { from, to: lot.state, liveBids: bids, minBidders: lot.minBidders, asOf: now } });
    }
    await em.flush();
    let completed = 0;
    for (const projectId of ended) if (await completeIfDone(em, ctx, projectId, tx)) completed += 1;
    return { opened, failed, completed };
  }
}

async function liveBids(em: EntityManager, lotIds: string[]): Promise<Map<string, number>> {
  if (lotIds.length === 0) return new Map();
  const rows = await em.execute<{ lot_id: string; n: string }[]>(
    `select lot_id, count(*) n from tender_bid where lot_id in (${lotIds.map(() => '?').join(', ')}) and state = ? group by lot_id`,
    [...lotIds, TenderBidState.Submitted],
  );
  return new Map(rows.map((r) => [r.lot_id, Number(r.n)]));
}
