import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * The tenant's SM2 key that signs bid receipts (回执), made on first use. The public half is
 * published so anyone can check a receipt; the private half is sealed with the platform's
 * secrets key, so a database dump alone cannot forge receipts.
 */
@Entity({ tableName: 'tender_platform_key' })
@Unique({ name: 'tender_platform_key_tenant_unique', properties: ['tenantId'] })
export class TenderPlatformKey extends TenantOwnedWithId {
  /** Uncompressed point, hex. */
  @Property({ type: 'string', length: 130 })
  publicKey!: string;

  /** SM3 of the public key, hex: how receipts name the key. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  /** The private key, sealed (`v1:iv:tag:data`). */
  @Property({ type: 'text' })
  privateKeySealed!: string;
}
