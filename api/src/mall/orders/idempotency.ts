import type { EntityManager } from '@mikro-orm/postgresql';
import { MallIdempotencyKey, newId, type TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';


export type Claim = { kind: 'new' } | { kind: 'replay'; orderIds: string[] };

/**
 * Claims the caller's key as the transaction's first write. A concurrent request with the same
 * key waits on the unique index until this transaction ends: after a commit it finds the row and
 * replays the stored orders; after a rollback its own insert goes through and it does the work.
 */
export async function claimIdempotencyKey(em: EntityManager, ctx: TenantContext, key: string, print: string): Promise<Claim> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into mall_idempotency_key (id, tenant_id, user_id, key, fingerprint, order_ids) values (?, ?, ?, ?, ?, '{}')
     on conflict (tenant_id, user_id, key) do nothing returning id`,
    [newId(), ctx.tenantId, ctx.userId, key, print],
  );
  if (inserted.length) return { kind: 'new' };
  const stored = await em.findOneOrFail(MallIdempotencyKey, { userId: ctx.userId, key }, { refresh: true });
  if (stored.fingerprint !== print) throw new AppError('IDEMPOTENCY_KEY_REUSED', { field: 'idempotencyKey' });
  return { kind: 'replay', orderIds: stored.orderIds };
}

/** Stores what the key's request produced, in the same transaction. */
export async function storeIdempotentResult(em: EntityManager, ctx: TenantContext, key: string, orderIds: string[]): Promise<void> {
  await em.nativeUpdate(MallIdempotencyKey, { userId: ctx.userId, key }, { orderIds });
}
