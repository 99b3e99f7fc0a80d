import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { type PriceEvidence, PriceFindingState } from './oversight-enums.js';

const T = '"price_finding"';

/**
 * A listing priced above its reference by more than the tenant's tolerance, with the evidence.
 * At most one live (open or justified) finding per listing.
 */
@Entity({ tableName: 'price_finding' })
@Index({ name: 'price_finding_tenant_listing_live_unique', expression: `create unique index "price_finding_tenant_listing_live_unique" on ${T} ("tenant_id", "listing_id") where "state" in ('open', 'justified')` })
@Index({ name: 'price_finding_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
@Index({ name: 'price_finding_tenant_supplier_index', properties: ['tenantId', 'supplierId', 'createdAt', 'id'] })
@Index({ name: 'price_finding_tenant_state_due_index', properties: ['tenantId', 'state', 'dueAt'] })
@Index({ name: 'price_finding_tenant_listing_index', properties: ['tenantId', 'listingId', 'state'] })
export class PriceFinding extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  supplierId!: string;

  @Property({ type: 'uuid', nullable: true })
  standardProductId?: string | null;

  @Property({ type: 'uuid' })
  runId!: string;

  @Enum({ items: () => PriceFindingState, nativeEnumName: 'price_finding_state' })
  state: Opt<PriceFindingState> = PriceFindingState.Open;

  /** The listing's price when found. */
  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  /** The lowest counted source's value. */
  @Property({ type: new BigIntType('bigint') })
  referenceFen!: bigint;

  @Property({ type: 'string', length: 16 })
  referenceSource!: string;

  /** (price − reference) ÷ reference, in basis points, rounded down. */
  @Property({ type: 'integer' })
  deviationBp!: number;

  /** The tolerance in force when found. */
  @Property({ type: 'integer' })
  toleranceBp!: number;

  @Property({ type: 'jsonb' })
  evidence!: PriceEvidence[];

  /** End of the last working day to correct or justify. */
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'text', nullable: true })
  justification?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  justifiedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  dismissalReason?: string | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** Why a finding closed without a decision, e.g. 'price_within_tolerance', 'off_sale'. */
  @Property({ type: 'string', length: 32, nullable: true })
  closeNote?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
