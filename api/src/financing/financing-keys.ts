import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sm2 } from 'sm-crypto-v2';
import { FinancingPlatformKey, newId, type TenantContext } from '@zhengcai/schema';
import { SecretBox } from '../payments/secret-box.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import { keyFingerprint, signText } from './financing-crypto.js';

export interface FinancingKeyView { publicKey: string; keyId: string }

/** The tenant's package-signing SM2 key, made on first use; its private half sealed at rest. */
@Injectable()
export class FinancingKeys {
  constructor(private readonly db: TenantDb, private readonly box: SecretBox) {}

  async load(em: EntityManager, ctx: TenantContext): Promise<FinancingPlatformKey> {
    const found = await em.findOne(FinancingPlatformKey, { tenantId: ctx.tenantId });
    if (found) return found;
    const { publicKey, privateKey } = sm2.generateKeyPairHex();
    // Two first uses at once: one insert wins, both read it.
    await em.execute(
      `insert into financing_platform_key (id, tenant_id, public_key, fingerprint, private_key_sealed) values (?, ?, ?, ?, ?) on conflict (tenant_id) do nothing`,
      [newId(), ctx.tenantId, publicKey, keyFingerprint(publicKey), this.box.seal(privateKey)],
    );
    return em.findOneOrFail(FinancingPlatformKey, { tenantId: ctx.tenantId }, { refresh: true });
  }

  async sign(em: EntityManager, ctx: TenantContext, text: string): Promise<{ signature: string; keyId: string }> {
    const key = await this.load(em, ctx);
    return { signature: signText(text, this.box.open(key.privateKeySealed)), keyId: key.fingerprint };
  }

  /** Published: lenders verify packages with it. */
  publicKey(ctx: TenantContext): Promise<FinancingKeyView> {
    return this.db.transaction(ctx, async (em) => {
      const key = await this.load(em, ctx);
      return { publicKey: key.publicKey, keyId: key.fingerprint };
    });
  }
}
