import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { ListingUploadState, type PendingUploadRow, type UploadRowError } from './catalog-enums.js';

/** A bulk upload of listings: its progress while rows are imported, then its row-level report. */
@Entity({ tableName: 'listing_upload' })
@Index({ name: 'listing_upload_tenant_supplier_index', properties: ['tenantId', 'supplier', 'id'] })
export class ListingUpload extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  uploadedBy!: string;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Enum({ items: () => ListingUploadState, nativeEnumName: 'listing_upload_state' })
  state: Opt<ListingUploadState> = ListingUploadState.Processing;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer', default: 0 })
  processed: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  imported: Opt<number> = 0;

  @Property({ type: 'jsonb' })
  rowErrors: Opt<UploadRowError[]> = [];

  /**
   * The file's rows while the import runs (the worker resumes from `processed` after a
   * restart); cleared when it ends. Lazy: progress reads never load it.
   */
  @Property({ type: 'jsonb', nullable: true, lazy: true })
  pendingRows?: PendingUploadRow[] | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
