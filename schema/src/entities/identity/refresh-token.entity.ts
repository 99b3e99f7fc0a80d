import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { UserAccount } from './user-account.entity.js';

/**
 * One refresh token of a login session. Each refresh rotates it: the presented token is
 * marked rotated and a successor in the same family is issued. Presenting a rotated token
 * again means it was copied, so the whole family is revoked.
 */
@Entity({ tableName: 'refresh_token' })
@Index({ name: 'refresh_token_tenant_family_index', properties: ['tenantId', 'familyId'] })
@Index({ name: 'refresh_token_tenant_user_index', properties: ['tenantId', 'user'] })
export class RefreshToken extends TenantOwnedWithId {
  @ManyToOne({ entity: () => UserAccount, index: false })
  user!: UserAccount;

  /** The login session: every token rotated from one login shares it. */
  @Property({ type: 'uuid' })
  familyId!: string;

  /** SHA-256 of the secret part, hex; the secret itself is never stored. */
  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
