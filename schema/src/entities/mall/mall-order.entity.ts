import { BigIntType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import { type DeliveryAddress, OrderDeadlineKind, type OrderInvoice, OrderState } from './mall-enums.js';
import { OrderOrigin } from '../sourcing/sourcing-enums.js';

/** An e-mall order (网上超市订单): one buying unit, one supplier, lines of listings or of a sourcing award. */
@Entity({ tableName: 'mall_order' })
@Unique({ name: 'mall_order_tenant_order_no_unique', properties: ['tenantId', 'orderNo'] })
@Index({ name: 'mall_order_tenant_buyer_index', properties: ['tenantId', 'buyer', 'createdAt', 'id'] })
@Index({ name: 'mall_order_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt', 'id'] })
@Index({ name: 'mall_order_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
@Index({ name: 'mall_order_tenant_state_index', properties: ['tenantId', 'state'] })
@Check({ name: 'mall_order_origin_id', expression: `(origin = 'catalog') = (origin_id is null)` })
export class MallOrder extends TenantOwnedWithId {
  /** Readable per tenant: `DD2026000001`. */
  @Property({ type: 'string', length: 32 })
  orderNo!: string;

  @ManyToOne({ entity: () => Organisation, index: false })
  buyer!: Organisation;

  @Property({ type: 'uuid' })
  buyerUserId!: string;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @ManyToOne({ entity: () => BudgetLine, index: false })
  budgetLine!: BudgetLine;

  @Enum({ items: () => OrderState, nativeEnumName: 'order_state' })
  state: Opt<OrderState> = OrderState.Placed;

  @Property({ type: new BigIntType('bigint') })
  totalFen!: bigint;

  /** Set at acceptance: the payable amount. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  acceptedFen?: bigint | null;

  @Property({ type: 'jsonb' })
  deliveryAddress!: DeliveryAddress;

  @Property({ type: 'string', length: 64, nullable: true })
  logisticsCompany?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  trackingNo?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  invoice?: OrderInvoice | null;

  /** The reason of the last rejection, cancellation or refused acceptance. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The deadline of the party whose turn it is (confirm, ship or accept); null otherwise. */
  @Enum({ items: () => OrderDeadlineKind, nativeEnumName: 'order_deadline_kind', nullable: true })
  dueKind?: OrderDeadlineKind | null;

  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  /** Deadlines this order has missed (escalation); each is reported once. */
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  overdueKinds: Opt<string[]> = [];

  /** A catalogue purchase, or the award of an inquiry or auction (originId names it). */
  @Enum({ items: () => OrderOrigin, nativeEnumName: 'order_origin', default: OrderOrigin.Catalog })
  origin: Opt<OrderOrigin> = OrderOrigin.Catalog;

  @Property({ type: 'uuid', nullable: true })
  originId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
