import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Deposit, DepositState } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { nextDepositState } from './deposit-state-machine.js';

/**
 * Keeps a supplier's held deposit on a lot in the caller's transaction, when a step of the
 * tender itself is the case the tender documents name (a winner declining its award). Being in
 * the same transaction as that step, no refund sweep can pay the deposit out in between. The
 * supplier may challenge the forfeiture like any other; finance decides.
 */
export async function forfeitHeldDeposit(em: EntityManager, tx: TxEffects, target: { lotId: string; supplierId: string }, reason: string, by: string): Promise<string | null> {
  const d = await em.findOne(Deposit, { lot: target.lotId, supplier: target.supplierId, state: DepositState.Held }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!d) return null;
  const before = d.state;
  d.state = nextDepositState(d.state, 'forfeit');
  Object.assign(d, { forfeitReason: reason, forfeitedBy: by, updatedAt: new Date() });
  tx.audit({ action: 'deposits.deposit.forfeit', subjectType: 'deposit', subjectId: d.id, change: { from: before, to: d.state, reason } });
  tx.publish(domainEvent('deposits.forfeiture.changed', { depositId: d.id }));
  return d.id;
}
