import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { SourcingInquiry } from './sourcing-inquiry.entity.js';

/**
 * A supplier's one quote for an inquiry, replaced in place until the deadline (each change is
 * a new revision and a new submission time); hidden from everyone else until then.
 */
@Entity({ tableName: 'sourcing_quote' })
@Unique({ name: 'sourcing_quote_tenant_inquiry_supplier_unique', properties: ['tenantId', 'inquiry', 'supplier'] })
export class SourcingQuote extends TenantOwnedWithId {
  @ManyToOne({ entity: () => SourcingInquiry, index: false })
  inquiry!: SourcingInquiry;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  supplierUserId!: string;

  @Property({ type: new BigIntType('bigint') })
  unitPriceFen!: bigint;

  /** unit price × quantity: what is compared and what the order costs. */
  @Property({ type: new BigIntType('bigint') })
  totalFen!: bigint;

  /** Brand, model and what is offered. */
  @Property({ type: 'text' })
  offer!: string;

  @Property({ type: 'integer' })
  revision!: number;

  /** The final submission's time: the tie rule reads it. */
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  /** Set at the deadline: 1 = lowest; null for a quote that is not valid. */
  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  /** Set at the deadline: why the quote does not count (over budget, supplier blocked). */
  @Property({ type: 'string', length: 32, nullable: true })
  invalidReason?: string | null;

  /** The buyer's reason for passing over this quote. */
  @Property({ type: 'text', nullable: true })
  passedOverReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
