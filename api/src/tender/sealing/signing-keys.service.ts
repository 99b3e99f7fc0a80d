import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SigningKey, type TenantContext, UserAccount, Organisation } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isValidPublicKey, publicKeyFingerprint } from './bid-crypto.js';

export interface SigningKeyView { id: string; publicKey: string; fingerprint: string; createdAt: Date }

const view = (k: SigningKey): SigningKeyView => ({ id: k.id, publicKey: k.publicKey, fingerprint: k.fingerprint, createdAt: k.createdAt });

/** Users' SM2 public keys: bids are sealed to and signed with them, contracts signed with them. */
@Injectable()
export class SigningKeyService {
  constructor(private readonly db: TenantDb) {}

  /** Registers the caller's new key; the previous one is revoked (kept, so old signatures still verify). */
  register(ctx: TenantContext, publicKey: string): Promise<SigningKeyView> {
    const key = publicKey.trim().toLowerCase();
    if (!isValidPublicKey(key)) return Promise.reject(new AppError('SIGNING_KEY_INVALID', { field: 'publicKey' }));
    return this.db.transaction(ctx, async (em, tx) => {
      const now = new Date();
      const previous = await activeSigningKey(em, ctx.userId!);
      if (previous?.publicKey === key) return view(previous);
      if (previous) {
        previous.revokedAt = now;
        previous.updatedAt = now;
        // The partial unique index allows one active key: the revocation goes first.
        await em.flush();
      }
      const created = em.create(SigningKey, {
        tenantId: ctx.tenantId, organisation: em.getReference(Organisation, ctx.organisationId!), user: em.getReference(UserAccount, ctx.userId!),
        publicKey: key, fingerprint: publicKeyFingerprint(key), createdAt: now, updatedAt: now,
      });
      tx.audit({ action: 'identity.signing-key.register', subjectType: 'signing_key', subjectId: created.id, change: { fingerprint: created.fingerprint, revoked: previous?.fingerprint ?? null } });
      return view(created);
    });
  }

  mine(ctx: TenantContext): Promise<SigningKeyView | null> {
    return this.db.transaction(ctx, async (em) => {
      const key = await activeSigningKey(em, ctx.userId!);
      return key ? view(key) : null;
    });
  }
}

export function activeSigningKey(em: EntityManager, userId: string): Promise<SigningKey | null> {
  return em.findOne(SigningKey, { user: userId, revokedAt: null });
}
