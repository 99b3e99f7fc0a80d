import { BigIntType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { BudgetLine } from '../mall/budget-line.entity.js';
import type { DeliveryAddress } from '../mall/mall-enums.js';
import { InquiryFailure, InquiryState } from './sourcing-enums.js';

/**
 * An online inquiry (在线询价): a purchasing unit's need, quoted by the suppliers of its
 * category until the deadline. Its budget is frozen on the budget line from publication.
 */
@Entity({ tableName: 'sourcing_inquiry' })
@Index({ name: 'sourcing_inquiry_tenant_buyer_index', properties: ['tenantId', 'buyer', 'createdAt'] })
@Index({ name: 'sourcing_inquiry_tenant_state_deadline_index', properties: ['tenantId', 'state', 'quoteDeadline'] })
@Check({ name: 'sourcing_inquiry_amounts_positive', expression: 'budget_fen > 0 and quantity > 0 and min_quotes > 0' })
export class SourcingInquiry extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Organisation, index: false })
  buyer!: Organisation;

  @Property({ type: 'uuid' })
  buyerUserId!: string;

  @ManyToOne({ entity: () => BudgetLine, index: false })
  budgetLine!: BudgetLine;

  @Property({ type: 'string', length: 120 })
  title!: string;

  /** 品目 code (政府采购品目分类目录); suppliers with listings in it (or below) are invited. */
  @Property({ type: 'string', length: 16 })
  categoryCode!: string;

  @Property({ type: 'text' })
  specification!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  /** 计量单位, e.g. 台. */
  @Property({ type: 'string', length: 16 })
  unit!: string;

  @Property({ type: 'jsonb' })
  deliveryAddress!: DeliveryAddress;

  /** Delivery within these calendar days of the order. */
  @Property({ type: 'smallint' })
  deliveryDays!: number;

  /** The ceiling price, frozen on the budget line while the inquiry runs. */
  @Property({ type: new BigIntType('bigint') })
  budgetFen!: bigint;

  @Property({ type: 'timestamptz' })
  quoteDeadline!: Date;

  @Property({ type: 'smallint' })
  minQuotes!: number;

  /** The published tie rule: equal lowest totals go to the earlier final submission. */
  @Property({ type: 'string', length: 32 })
  tieRule!: string;

  @Enum({ items: () => InquiryState, nativeEnumName: 'sourcing_inquiry_state' })
  state: Opt<InquiryState> = InquiryState.Published;

  @Enum({ items: () => InquiryFailure, nativeEnumName: 'sourcing_inquiry_failure', nullable: true })
  failure?: InquiryFailure | null;

  /** Valid quotes counted at the deadline. */
  @Property({ type: 'integer', nullable: true })
  validQuotes?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  awardedQuoteId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  /** The failed inquiry this one relaunches. */
  @Property({ type: 'uuid', nullable: true })
  relaunchOf?: string | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
