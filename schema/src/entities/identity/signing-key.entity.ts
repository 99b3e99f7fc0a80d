import { type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from './organisation.entity.js';
import { UserAccount } from './user-account.entity.js';

const T = '"signing_key"';

/**
 * A user's SM2 public key, registered before it is used: the key pair is made and kept on the
 * user's side (the browser); the platform only ever sees the public half. Bids are sealed to
 * and signed with it; contracts are signed with it. One active key per user; a replaced key is
 * revoked, never deleted, so old signatures stay verifiable.
 */
@Entity({ tableName: 'signing_key' })
@Index({ name: 'signing_key_tenant_user_active_unique', expression: `create unique index "signing_key_tenant_user_active_unique" on ${T} ("tenant_id", "user_id") where "revoked_at" is null` })
@Index({ name: 'signing_key_tenant_organisation_index', properties: ['tenantId', 'organisation', 'createdAt'] })
export class SigningKey extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Organisation, index: false })
  organisation!: Organisation;

  @ManyToOne({ entity: () => UserAccount, index: false })
  user!: UserAccount;

  /** SM2 public key, uncompressed point, hex (`04` + 128 hex digits). */
  @Property({ type: 'string', length: 130 })
  publicKey!: string;

  /** SM3 of the public key, hex: how receipts and records name the key. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
