import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** The last order number handed out per tenant and year (numbers are gapless only per commit). */
@Entity({ tableName: 'mall_order_counter' })
@Unique({ name: 'mall_order_counter_tenant_year_unique', properties: ['tenantId', 'year'] })
export class MallOrderCounter extends TenantOwnedWithId {
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
