import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { GuaranteeIssuerKind, GuaranteeSignatureAlgorithm } from './deposit-enums.js';

/** A bank, insurer or guarantee company whose electronic guarantees the province accepts, with its signing key. */
@Entity({ tableName: 'guarantee_issuer' })
@Unique({ name: 'guarantee_issuer_tenant_name_unique', properties: ['tenantId', 'name'] })
export class GuaranteeIssuer extends TenantOwnedWithId {
  @Property({ type: 'string', length: 128 })
  name!: string;

  @Enum({ items: () => GuaranteeIssuerKind, nativeEnumName: 'guarantee_issuer_kind' })
  kind!: GuaranteeIssuerKind;

  @Enum({ items: () => GuaranteeSignatureAlgorithm, nativeEnumName: 'guarantee_signature_algorithm' })
  algorithm!: GuaranteeSignatureAlgorithm;

  /** SM2: uncompressed public key hex; RSA: SPKI PEM. */
  @Property({ type: 'text' })
  publicKey!: string;

  /** Where release notices are posted; without one they are kept as files for the operator to send. */
  @Property({ type: 'string', length: 255, nullable: true })
  callbackUrl?: string | null;

  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Property({ type: 'boolean', defaultRaw: 'true' })
  active: Opt<boolean> = true;
}
