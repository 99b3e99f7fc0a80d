import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderProject } from './tender-project.entity.js';

/** The last project number handed out per tenant and year (`ZC2026-000001`). */
@Entity({ tableName: 'tender_project_counter' })
@Unique({ name: 'tender_project_counter_tenant_year_unique', properties: ['tenantId', 'year'] })
export class TenderProjectCounter extends TenantOwnedWithId {
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}

/** 报名: a supplier registered for a project; only registered suppliers download documents and bid. */
@Entity({ tableName: 'tender_registration' })
@Unique({ name: 'tender_registration_tenant_project_supplier_unique', properties: ['tenantId', 'project', 'supplier'] })
@Index({ name: 'tender_registration_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt', 'id'] })
export class TenderRegistration extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  registeredBy!: string;
}

/** 招标文件: a file of the project's tender documents, its bytes and SM3 digest. */
@Entity({ tableName: 'tender_document' })
@Index({ name: 'tender_document_tenant_project_index', properties: ['tenantId', 'project', 'createdAt'] })
export class TenderDocument extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** SM3 of the bytes, hex: what a bidder checks its copy against. */
  @Property({ type: 'string', length: 64 })
  sm3!: string;

  /** Loaded only when downloaded. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'uuid' })
  uploadedBy!: string;
}

/** Each download of a tender document by a registered supplier (who had which file, when). */
@Entity({ tableName: 'tender_document_download' })
@Index({ name: 'tender_document_download_tenant_document_index', properties: ['tenantId', 'document', 'createdAt'] })
export class TenderDocumentDownload extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderDocument, index: false })
  document!: TenderDocument;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  downloadedBy!: string;
}

/** 澄清/修改: published to every registered supplier and on the public notice. */
@Entity({ tableName: 'tender_clarification' })
@Index({ name: 'tender_clarification_tenant_project_index', properties: ['tenantId', 'project', 'createdAt'] })
export class TenderClarification extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** May affect bid preparation: then at least 15 days must remain to the bid deadline. */
  @Property({ type: 'boolean' })
  affectsBids!: boolean;

  /** The bid deadline before and after, when this clarification moved it. */
  @Property({ type: 'timestamptz', nullable: true })
  oldBidDeadline?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  newBidDeadline?: Date | null;

  @Property({ type: 'uuid' })
  publishedBy!: string;
}

/** A supplier's question on the documents; never shown with the supplier to anyone. */
@Entity({ tableName: 'tender_question' })
@Index({ name: 'tender_question_tenant_project_index', properties: ['tenantId', 'project', 'createdAt'] })
export class TenderQuestion extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  askedBy!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The clarification that answered it. */
  @ManyToOne({ entity: () => TenderClarification, index: false, nullable: true })
  answeredBy?: TenderClarification | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
