import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';

/**
 * A procurement category (政府采购品目, 财库〔2013〕189号) of one tenant: a tree whose codes
 * grow by two digits a level (A02 → A0201 → A020101 → A02010104).
 */
@Entity({ tableName: 'category' })
@Unique({ name: 'category_tenant_code_unique', properties: ['tenantId', 'code'] })
@Index({ name: 'category_tenant_parent_index', properties: ['tenantId', 'parent'] })
export class Category extends TenantOwnedWithId {
  @Property({ type: 'string', length: 16 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @ManyToOne({ entity: () => Category, nullable: true, index: false })
  parent?: Category | null;

  /** 1 for a root (A, B, C); one more per level below. */
  @Property({ type: 'smallint' })
  level!: number;

  /** On the mandatory energy-saving list: a listing needs a valid 节能产品 certificate to be approved. */
  @Property({ type: 'boolean', default: false })
  energySavingMandatory: Opt<boolean> = false;
}
