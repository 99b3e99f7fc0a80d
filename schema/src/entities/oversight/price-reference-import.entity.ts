import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import type { UploadRowError } from '../catalog/catalog-enums.js';
import { TenantOwnedWithId } from '../base.js';
import { PriceReferenceOrigin } from './oversight-enums.js';

/** One import of reference prices (a file or a feed read): what came in and which rows were refused. */
@Entity({ tableName: 'price_reference_import' })
@Index({ name: 'price_reference_import_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
export class PriceReferenceImport extends TenantOwnedWithId {
  @Enum({ items: () => PriceReferenceOrigin, nativeEnumName: 'price_reference_origin' })
  origin!: PriceReferenceOrigin;

  /** The file name, or the feed's URL. */
  @Property({ type: 'string', length: 500 })
  name!: string;

  /** The user who imported; null for the nightly feed read. */
  @Property({ type: 'uuid', nullable: true })
  importedBy?: string | null;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer' })
  imported!: number;

  @Property({ type: 'jsonb' })
  rowErrors!: UploadRowError[];
}
