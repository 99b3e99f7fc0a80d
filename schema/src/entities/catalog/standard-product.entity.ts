import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Category } from './category.entity.js';

/** A standard product (标准商品): one brand and model in one category, kept by the operator. */
@Entity({ tableName: 'standard_product' })
@Unique({ name: 'standard_product_tenant_brand_model_unique', properties: ['tenantId', 'brand', 'model'] })
@Index({ name: 'standard_product_tenant_category_index', properties: ['tenantId', 'category'] })
export class StandardProduct extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Category, index: false })
  category!: Category;

  @Property({ type: 'string', length: 64 })
  brand!: string;

  @Property({ type: 'string', length: 64 })
  model!: string;

  @Property({ type: 'string', length: 128 })
  name!: string;

  /** Specification attributes as ordered key/value pairs, e.g. CPU, memory, energy class. */
  @Property({ type: 'jsonb' })
  specs!: { key: string; value: string }[];
}
