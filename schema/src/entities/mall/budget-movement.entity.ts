import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { BudgetLine } from './budget-line.entity.js';
import { BudgetMovementKind } from './mall-enums.js';

/**
 * The ledger of a budget line, append-only: each movement carries the deltas it applied, so
 * a line's amount, used and frozen are the sums of its movements' deltas.
 */
@Entity({ tableName: 'budget_movement' })
@Index({ name: 'budget_movement_tenant_line_index', properties: ['tenantId', 'line', 'createdAt'] })
@Index({ name: 'budget_movement_tenant_order_index', properties: ['tenantId', 'orderId'] })
export class BudgetMovement extends TenantOwnedWithId {
  @ManyToOne({ entity: () => BudgetLine, index: false })
  line!: BudgetLine;

  @Enum({ items: () => BudgetMovementKind, nativeEnumName: 'budget_movement_kind' })
  kind!: BudgetMovementKind;

  @Property({ type: new BigIntType('bigint') })
  amountDeltaFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  usedDeltaFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  frozenDeltaFen!: bigint;

  /** The order that froze, released or consumed; null for loads and adjustments. */
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  /** Null when the system acted (deadline job, payment). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
