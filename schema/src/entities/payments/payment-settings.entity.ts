import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { PaymentProviderCode } from './payment-enums.js';

/**
 * A tenant's payment set-up, kept by its finance department: the providers offered and the
 * default, and the Alipay account. The app private key is stored encrypted (AES-256-GCM with
 * the platform's PAYMENT_SECRETS_KEY) and never read back through the API.
 */
@Entity({ tableName: 'payment_settings' })
@Unique({ name: 'payment_settings_tenant_unique', properties: ['tenantId'] })
export class PaymentSettings extends TenantOwnedWithId {
  /** Provider codes offered to payers (checked by the service against PaymentProviderCode). */
  @Property({ type: 'text[]' })
  enabledProviders!: PaymentProviderCode[];

  @Enum({ items: () => PaymentProviderCode, nativeEnumName: 'payment_provider' })
  defaultProvider!: PaymentProviderCode;

  @Property({ type: 'string', length: 32, nullable: true })
  alipayAppId?: string | null;

  /** `v1:<iv>:<tag>:<ciphertext>`, base64 parts. */
  @Property({ type: 'text', nullable: true })
  alipayPrivateKeyEncrypted?: string | null;

  @Property({ type: 'text', nullable: true })
  alipayPublicKey?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  alipayGatewayUrl?: string | null;

  /** Where Alipay posts notifies; the tenant code is appended: `<base>/payments/alipay/notify/<code>`. */
  @Property({ type: 'string', length: 255, nullable: true })
  alipayNotifyUrlBase?: string | null;

  @Property({ type: 'uuid' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
