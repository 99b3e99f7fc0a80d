import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** A lender's signed status notice, kept with the answer it got: a replay gets the same answer. */
@Entity({ tableName: 'financing_notice' })
@Unique({ name: 'financing_notice_tenant_lender_notice_unique', properties: ['tenantId', 'lenderId', 'noticeId'] })
export class FinancingNotice extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  lenderId!: string;

  @Property({ type: 'string', length: 64 })
  noticeId!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'jsonb' })
  body!: Record<string, unknown>;

  @Property({ type: 'text' })
  signature!: string;

  @Property({ type: 'smallint' })
  httpStatus!: number;

  @Property({ type: 'jsonb' })
  answer!: Record<string, unknown>;
}
