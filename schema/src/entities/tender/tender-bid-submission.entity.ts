import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * A bidder's idempotency key for submitBid, scoped to the user: a retried submission returns
 * the bid the first one stored instead of making a new version.
 */
@Entity({ tableName: 'tender_bid_submission' })
@Unique({ name: 'tender_bid_submission_tenant_user_key_unique', properties: ['tenantId', 'userId', 'key'] })
export class TenderBidSubmission extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  key!: string;

  /** SHA-256 of the operation and its canonical input. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'uuid' })
  bidId!: string;
}
