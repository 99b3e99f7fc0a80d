import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sm2 } from 'sm-crypto-v2';
import { newId, type TenantContext, TenderPlatformKey } from '@zhengcai/schema';
import { SecretBox } from '../../payments/secret-box.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { type BidReceipt, publicKeyFingerprint, receiptDigest, signDigest } from './bid-crypto.js';

export interface PlatformKeyView { publicKey: string; fingerprint: string }

/** The tenant's receipt-signing SM2 key, made on first use; its private half sealed at rest. */
@Injectable()
export class ReceiptKeys {
  constructor(private readonly db: TenantDb, private readonly box: SecretBox) {}

  async load(em: EntityManager, ctx: TenantContext): Promise<TenderPlatformKey> {
    const found = await em.findOne(TenderPlatformKey, { tenantId: ctx.tenantId });
    if (found) return found;
    const { publicKey, privateKey } = sm2.generateKeyPairHex();
    // Two first uses at once: one insert wins, both read it.
    await em.execute(
      `insert into tender_platform_key (id, tenant_id, public_key, fingerprint, private_key_sealed) values (?, ?, ?, ?, ?) on conflict (tenant_id) do nothing`,
      [newId(), ctx.tenantId, publicKey, publicKeyFingerprint(publicKey), this.box.seal(privateKey)],
    );
    return em.findOneOrFail(TenderPlatformKey, { tenantId: ctx.tenantId }, { refresh: true });
  }

  async sign(em: EntityManager, ctx: TenantContext, receipt: Omit<BidReceipt, 'platformKeyFingerprint'>): Promise<{ receipt: BidReceipt; signature: string }> {
    const key = await this.load(em, ctx);
    const full = { ...receipt, platformKeyFingerprint: key.fingerprint };
    return { receipt: full, signature: signDigest(receiptDigest(full), this.box.open(key.privateKeySealed)) };
  }

  /** Published: anyone checks a receipt with it. */
  publicKey(ctx: TenantContext): Promise<PlatformKeyView> {
    return this.db.transaction(ctx, async (em) => {
      const key = await this.load(em, ctx);
      return { publicKey: key.publicKey, fingerprint: key.fingerprint };
    });
  }
}
