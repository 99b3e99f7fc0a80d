import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * Suppliers per integrity band in a month (tenant time zone), as the nightly recompute saw
 * them: rewritten every night of the running month, so once the month is over its row keeps
 * the bands under the thresholds and event states of that time.
 */
@Entity({ tableName: 'integrity_band_month' })
@Unique({ name: 'integrity_band_month_tenant_month_unique', properties: ['tenantId', 'month'] })
export class IntegrityBandMonth extends TenantOwnedWithId {
  /** YYYY-MM. */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'integer' })
  a!: number;

  @Property({ type: 'integer' })
  b!: number;

  @Property({ type: 'integer' })
  c!: number;

  @Property({ type: 'integer' })
  d!: number;

  /** The thresholds in force (minimum scores of bands A, B and C). */
  @Property({ type: 'smallint', fieldName: 'band_a_min' })
  bandAMin!: number;

  @Property({ type: 'smallint', fieldName: 'band_b_min' })
  bandBMin!: number;

  @Property({ type: 'smallint', fieldName: 'band_c_min' })
  bandCMin!: number;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
