import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, Guarantee, GuaranteeState, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { FREED_BATCH as BATCH, FREED_GUARANTEES_SQL } from './deposit-freed.js';

/** The release notice an issuer receives: the guarantee is void towards it from `releasedAt`. */
export interface ReleaseNotice { guaranteeNo: string; issuer: string; beneficiary: string; amount: string; action: 'release'; trigger: string; releasedAt: string; noticeId: string }

const NOTIFY_TIMEOUT_MS = 5_000;

/**
 * Releases guarantees on the refund triggers and tells their issuers: an HTTP POST of the
 * notice to the issuer's callback (header Idempotency-Key = the guarantee id, so a repeat is
 * the same notice), or, for issuers without one, the notice kept as the file to send. A
 * failed post is repeated by the next sweep.
 */
@Injectable()
export class GuaranteeReleases {
  async releaseFreed(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date, scope: (string | null)[]): Promise<number> {
    let released = 0;
    for (;;) {
      const rows = await em.execute<{ id: string; trigger: string }[]>(FREED_GUARANTEES_SQL, scope);
      if (!rows.length) break;
      const byId = new Map((await em.find(Guarantee, { id: { $in: rows.map((r) => r.id) } }, { populate: ['issuer'] })).map((g) => [g.id, g]));
      for (const row of rows) {
        const g = byId.get(row.id)!;
        const notice: ReleaseNotice = {
          guaranteeNo: g.guaranteeNo, issuer: g.issuer.name, beneficiary: g.beneficiary, amount: formatYuan(g.amountFen), action: 'release', trigger: row.trigger,
          releasedAt: now.toISOString(), noticeId: g.id,
        };
        Object.assign(g, { state: GuaranteeState.Released, releaseTrigger: row.trigger, releasedAt: now, releaseNotice: JSON.stringify(notice), updatedAt: now });
        // The file adapter: the stored notice is the file; nothing to post.
        if (!g.issuer.callbackUrl) g.releaseNotifiedAt = now;
        tx.audit({ action: 'deposits.guarantee.release', subjectType: 'guarantee', subjectId: g.id, change: { trigger: row.trigger, guaranteeNo: g.guaranteeNo } });
        released += 1;
      }
      await em.flush();
      if (rows.length < BATCH) break;
    }
    await this.notifyPending(em);
    return released;
  }

  /** Posts every release notice not yet acknowledged by its issuer. */
  private async notifyPending(em: EntityManager): Promise<void> {
    const pending = await em.find(Guarantee, { state: GuaranteeState.Released, releaseNotifiedAt: null }, { populate: ['issuer'], limit: BATCH });
    for (const g of pending) {
      const result = await fetch(g.issuer.callbackUrl!, {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': g.id }, body: g.releaseNotice!, signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      }).then((r) => (r.ok ? null : `HTTP ${r.status}`), (err: unknown) => `unreachable: ${(err as Error).message}`);
      g.releaseNotifiedAt = result ? null : new Date();
      g.releaseNotifyFailure = result;
    }
    await em.flush();
  }
}
