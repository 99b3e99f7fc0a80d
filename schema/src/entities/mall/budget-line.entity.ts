import { BigIntType, type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';

/**
 * A purchasing unit's budget line (预算指标) for one fiscal year. available = amount − used −
 * frozen; the checks keep it from going negative even if a service forgot to lock.
 * amount, used and frozen always equal the sums of the line's movements.
 */
@Entity({ tableName: 'budget_line' })
@Unique({ name: 'budget_line_tenant_unit_year_code_unique', properties: ['tenantId', 'unit', 'fiscalYear', 'code'] })
@Check({ name: 'budget_line_amounts_non_negative', expression: 'used_fen >= 0 and frozen_fen >= 0' })
@Check({ name: 'budget_line_available_non_negative', expression: 'amount_fen - used_fen - frozen_fen >= 0' })
export class BudgetLine extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Organisation, index: false })
  unit!: Organisation;

  @Property({ type: 'smallint' })
  fiscalYear!: number;

  /** 预算项目编码 */
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 128 })
  name!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  usedFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  frozenFen!: bigint;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
