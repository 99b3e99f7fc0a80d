import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FinancingApplication, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { FailedAttempt } from '../platform/jobs/failed-attempt.js';
import { FinancingKeys } from './financing-keys.js';

/** Headers of a package delivery (docs/financing.md, "Package"). */
export const PACKAGE_HEADERS = {
  signature: 'x-zhengcai-signature',
  algorithm: 'x-zhengcai-signature-alg',
  keyId: 'x-zhengcai-key-id',
  publicKey: 'x-zhengcai-public-key',
  tenant: 'x-tenant',
  noticePath: 'x-zhengcai-notice-path',
} as const;

export const noticePath = (lenderId: string) => `/financing/lenders/${lenderId}/notices`;

export interface DeliverAttempt { applicationId: string; attempt: number; attempts: number }

const TIMEOUT_MS = 10_000;
const ERROR_MAX = 500;

/**
 * Posts an application's signed package to its lender's webhook, once: the application row
 * is held under a lock for the call, so a second run of the job waits and then finds it delivered. A
 * failure is recorded on the application after the job's transaction rolls back (`FailedAttempt`),
 * and the queue retries with backoff.
 */
@Injectable()
export class FinancingDelivery {
  constructor(private readonly keys: FinancingKeys) {}

  async deliver(em: EntityManager, tx: TxEffects, ctx: TenantContext, a: DeliverAttempt): Promise<{ delivered: boolean; already?: boolean }> {
    // Held until the job's transaction ends: a second run of the job waits, then finds the package delivered.
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`financing-delivery:${a.applicationId}`]);
    const app = await em.findOne(FinancingApplication, { id: a.applicationId });
    if (!app) return { delivered: false };
    if (app.deliveredAt) return { delivered: true, already: true };
    await em.populate(app, ['lender']);
    const key = await this.keys.load(em, ctx);
    let failure: string | null = null;
    try {
      const res = await fetch(app.lender.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'idempotency-key': app.id,
          [PACKAGE_HEADERS.signature]: app.packageSignature,
          [PACKAGE_HEADERS.algorithm]: 'SM2-SM3',
          [PACKAGE_HEADERS.keyId]: app.platformKeyId,
          [PACKAGE_HEADERS.publicKey]: key.publicKey,
          [PACKAGE_HEADERS.tenant]: ctx.tenantCode,
          [PACKAGE_HEADERS.noticePath]: noticePath(app.lender.id),
        },
        body: app.package,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) failure = `HTTP ${res.status}`;
    } catch (err) {
      failure = `unreachable: ${(err as Error).message}`;
    }
    if (failure) {
      const message = failure;
      throw new FailedAttempt(new Error(`financing package delivery failed: ${message}`), (failedEm, failedTx) => this.recordFailure(failedEm, failedTx, a, message));
    }
    app.deliveredAt = new Date();
    app.deliveryAttempts += 1;
    app.lastDeliveryError = null;
    app.updatedAt = new Date();
    tx.audit({ action: 'financing.application.delivered', subjectType: 'financing_application', subjectId: app.id, change: { lenderId: app.lender.id, attempt: a.attempt } });
    return { delivered: true };
  }

  private async recordFailure(em: EntityManager, tx: TxEffects, a: DeliverAttempt, message: string): Promise<void> {
    const app = await em.findOne(FinancingApplication, { id: a.applicationId });
    if (!app || app.deliveredAt) return;
    app.deliveryAttempts += 1;
    app.lastDeliveryError = message.slice(0, ERROR_MAX);
    app.updatedAt = new Date();
    tx.audit({
      action: a.attempt >= a.attempts ? 'financing.application.delivery-failed' : 'financing.application.delivery-attempt-failed',
      subjectType: 'financing_application', subjectId: app.id, change: { attempt: a.attempt, error: app.lastDeliveryError },
    });
  }
}
