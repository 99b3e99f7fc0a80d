import type { EntityManager } from '@mikro-orm/postgresql';
import { type TenantContext, TenderLot, TenderProjectState } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { lockProject } from './project-access.js';
import { FINAL_LOT_STATES, nextTenderProjectState } from './tender-state-machines.js';

/**
 * Completes a published project once every lot is final (contracted, failed or cancelled), in
 * the caller's transaction (audited through its `tx`); returns whether it did. Every step
 * that ends a lot calls it. The caller's pending changes are flushed first: the lots are read
 * fresh, and a lot ended in memory must count as ended.
 */
export async function completeIfDone(em: EntityManager, ctx: TenantContext, projectId: string, tx: TxEffects): Promise<boolean> {
  await em.flush();
  const project = await lockProject(em, projectId, 'projectId');
  if (project.state !== TenderProjectState.Published) return false;
  const lots = await em.find(TenderLot, { project }, { fields: ['state'], refresh: true });
  if (lots.length === 0 || lots.some((l) => !FINAL_LOT_STATES.includes(l.state))) return false;
  project.state = nextTenderProjectState(project.state, 'complete');
  project.updatedAt = new Date();
  tx.audit({ action: 'tender.project.complete', subjectType: 'tender_project', subjectId: project.id, change: { lots: Object.fromEntries(lots.map((l) => [l.id, l.state])) } });
  return true;
}
