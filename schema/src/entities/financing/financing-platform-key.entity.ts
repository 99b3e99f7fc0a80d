import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * The tenant's SM2 key that signs financing packages, made on first use. Lenders verify
 * packages with the public half; the private half is sealed with the platform's secrets key.
 */
@Entity({ tableName: 'financing_platform_key' })
@Unique({ name: 'financing_platform_key_tenant_unique', properties: ['tenantId'] })
export class FinancingPlatformKey extends TenantOwnedWithId {
  @Property({ type: 'string', length: 130 })
  publicKey!: string;

  /** SM3 of the public key, hex: the key id in the package headers. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'text' })
  privateKeySealed!: string;
}
