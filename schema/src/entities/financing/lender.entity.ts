import type { Opt } from '@mikro-orm/core';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** A bank offering contract financing (政采贷) in the province, with its SM2 key and repayment account. */
@Entity({ tableName: 'lender' })
@Unique({ name: 'lender_tenant_uscc_unique', properties: ['tenantId', 'uscc'] })
export class Lender extends TenantOwnedWithId {
  @Property({ type: 'string', length: 128 })
  name!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  /** Where application packages are posted. */
  @Property({ type: 'string', length: 255 })
  webhookUrl!: string;

  /** Uncompressed SM2 point, hex: verifies the lender's status notices. */
  @Property({ type: 'string', length: 130 })
  publicKey!: string;

  /** 回款账户: where payments of a financed contract go once the lender approves. */
  @Property({ type: 'string', length: 128 })
  repaymentBankName!: string;

  @Property({ type: 'string', length: 128 })
  repaymentAccountName!: string;

  @Property({ type: 'string', length: 64 })
  repaymentAccountNo!: string;

  @Property({ type: 'boolean', defaultRaw: 'true' })
  active: Opt<boolean> = true;

  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
