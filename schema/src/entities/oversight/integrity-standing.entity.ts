import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwned } from '../base.js';

/** A supplier's current integrity score and band, recomputed by the integrity worker. */
@Entity({ tableName: 'integrity_standing' })
export class IntegrityStanding extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  supplierId!: string;

  /** 0–100, rounded once, half-up. */
  @Property({ type: 'smallint' })
  score!: number;

  /** A, B, C or D. */
  @Property({ type: 'string', length: 1 })
  band!: string;

  /** The band is at or below the tenant's block band: no new listings, no bids. */
  @Property({ type: 'boolean' })
  blockedByBand!: boolean;

  /** Effective (and appealed) events counted. */
  @Property({ type: 'integer' })
  eventCount!: number;

  @Property({ type: 'timestamptz' })
  computedAt!: Date;
}
