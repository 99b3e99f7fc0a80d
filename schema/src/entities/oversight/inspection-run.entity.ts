import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { InspectionRunState, InspectionTrigger } from './oversight-enums.js';

/** One price inspection of the catalogue (or of one listing); progress is written after every batch. */
@Entity({ tableName: 'inspection_run' })
@Index({ name: 'inspection_run_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
export class InspectionRun extends TenantOwnedWithId {
  @Enum({ items: () => InspectionTrigger, nativeEnumName: 'inspection_trigger' })
  trigger!: InspectionTrigger;

  @Enum({ items: () => InspectionRunState, nativeEnumName: 'inspection_run_state' })
  state: Opt<InspectionRunState> = InspectionRunState.Running;

  /** The clock the run judges by (deadlines, windows of days). */
  @Property({ type: 'timestamptz' })
  asOf!: Date;

  @Property({ type: 'uuid', nullable: true })
  startedBy?: string | null;

  /** Set for a run of one listing after its price changed. */
  @Property({ type: 'uuid', nullable: true })
  listingId?: string | null;

  /** Listings on sale when the run started. */
  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer', default: 0 })
  done: Opt<number> = 0;

  /** Findings raised by this run. */
  @Property({ type: 'integer', default: 0 })
  findings: Opt<number> = 0;

  /** Findings this run closed because the price came back within tolerance. */
  @Property({ type: 'integer', default: 0 })
  corrected: Opt<number> = 0;

  /** The last listing id inspected: a retried job resumes after it. */
  @Property({ type: 'uuid', nullable: true })
  cursor?: string | null;

  /** The walk's product at the cursor (null once among the listings without a standard product). */
  @Property({ type: 'uuid', nullable: true })
  cursorProduct?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
