import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { isUuid, ListingUpload, ListingUploadState, Organisation, Role, type TenantContext, type UploadRowError } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { InputProblems } from '../problems.js';
import { ListingAuthoringService } from '../listings/listing-authoring.service.js';
import { decodeUpload, readUploadFile, type UploadValues } from './upload-file.js';
import { errorReportCsv, errorReportXlsx, type RowErrorView, toRowErrorView } from './upload-report.js';
import { rowToListingInput } from './upload-row.js';
import { XLSX_MIME } from './upload-template.js';

/** Rows imported between two progress records. */
export const UPLOAD_BATCH = 25;

export interface ListingUploadView {
  readonly id: string;
  readonly fileName: string;
  readonly state: ListingUploadState;
  readonly total: number;
  readonly processed: number;
  readonly imported: number;
  readonly failed: number;
  readonly errors: RowErrorView[];
  readonly createdAt: Date;
  readonly finishedAt: Date | null;
}

export interface FileDownload { fileName: string; mimeType: string; content: Buffer }

/**
 * Bulk upload of listings. The file is read and checked for shape up front (refused whole
 * if it is not the template) and its rows are stored with the upload; the workers import
 * them (`catalog.import-listing-upload`), a batch per transaction: each row through the same
 * service as a single listing inside a savepoint, so a row becomes a draft entirely or not at
 * all, and the batch's progress and row errors commit with its rows. A crash or a second
 * delivery resumes after the last committed batch and never imports a row twice.
 */
@Injectable()
export class ListingUploadService {
  constructor(
    private readonly db: TenantDb,
    private readonly authoring: ListingAuthoringService,
  ) {}

  async start(ctx: TenantContext, fileName: string, contentBase64: string): Promise<ListingUploadView> {
    const rows = await readUploadFile(fileName, decodeUpload(fileName, contentBase64));
    return this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOneOrFail(Organisation, { id: ctx.organisationId });
      const u = em.create(ListingUpload, {
        tenantId: ctx.tenantId, supplier, uploadedBy: ctx.userId!, fileName: fileName.slice(0, 255), total: rows.length, pendingRows: [...rows],
      });
      await em.flush();
      tx.audit({ action: 'catalog.listing-upload.start', subjectType: 'listing_upload', subjectId: u.id, change: { fileName: u.fileName, total: rows.length } });
      tx.publish(domainEvent('catalog.listing-upload.started', { uploadId: u.id }));
      return toView(u, ctx);
    });
  }

  get(ctx: TenantContext, id: string): Promise<ListingUploadView> {
    return this.db.transaction(ctx, async (em) => toView(await this.own(em, ctx, id), ctx));
  }

  /** The row errors as a file (CSV with BOM, or xlsx), in the caller's language. */
  async errorReport(ctx: TenantContext, id: string, format: 'csv' | 'xlsx'): Promise<FileDownload> {
    const upload = await this.get(ctx, id);
    const base = `listing-upload-${upload.id}-errors`;
    return format === 'csv'
      ? { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: errorReportCsv(upload.errors, ctx.locale) }
      : { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, content: await errorReportXlsx(upload.errors, ctx.locale) };
  }

  /**
   * Imports the rows of `uploadId` not yet processed, acting as the supplier user who
   * uploaded them (so the audit names them). Returns the batches committed by this call;
   * an upload that is no longer processing is left alone.
   */
  async importPending(systemCtx: TenantContext, uploadId: string, maxBatches = Number.POSITIVE_INFINITY): Promise<number> {
    const owner = await this.db.transaction(systemCtx, (em) => em.findOne(ListingUpload, { id: uploadId }, { fields: ['supplier', 'uploadedBy', 'state'] }));
    if (!owner || owner.state !== ListingUploadState.Processing) return 0;
    const ctx: TenantContext = { ...systemCtx, userId: owner.uploadedBy, organisationId: owner.supplier.id, roles: [Role.Supplier] };
    let batches = 0;
    while (batches < maxBatches && (await this.importBatch(ctx, uploadId))) batches++;
    return batches;
  }

  /** One batch in one transaction; false when there was nothing left to import. */
  private importBatch(ctx: TenantContext, uploadId: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em, tx) => {
      // The lock makes a second delivery wait, then see this batch as processed.
      const upload = await em.findOne(ListingUpload, { id: uploadId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['pendingRows'] });
      if (!upload || upload.state !== ListingUploadState.Processing) return false;
      const rows = upload.pendingRows ?? [];
      const batch = rows.slice(upload.processed, upload.processed + UPLOAD_BATCH);
      const errors: UploadRowError[] = [];
      let imported = 0;
      for (const { row, values } of batch) {
        const { input, problems } = rowToListingInput(values as UploadValues);
        if (!input) {
          errors.push(...problems.items.map((p) => ({ row, ...p })));
          continue;
        }
        const rowEffects = new TxEffects();
        try {
          await em.transactional((rowEm) => this.authoring.createIn(rowEm, rowEffects, ctx, input));
          rowEffects.audits.forEach((a) => tx.audit(a));
          rowEffects.events.forEach((e) => tx.publish(e));
          imported++;
        } catch (err) {
          if (err instanceof InputProblems) errors.push(...err.problems.map((p) => ({ row, ...p })));
          else if (err instanceof AppError) errors.push({ row, field: String(err.params.field ?? ''), reason: err.reason, params: err.params });
          else throw err;
        }
      }
      upload.processed += batch.length;
      upload.imported += imported;
      if (errors.length) upload.rowErrors = [...upload.rowErrors, ...errors];
      if (upload.processed >= rows.length) {
        upload.state = ListingUploadState.Done;
        upload.finishedAt = new Date();
        upload.pendingRows = null;
        tx.audit({
          action: 'catalog.listing-upload.finish', subjectType: 'listing_upload', subjectId: uploadId,
          change: { total: upload.total, imported: upload.imported, failedRows: new Set(upload.rowErrors.map((e) => e.row)).size },
        });
      }
      return batch.length > 0;
    });
  }

  private async own(em: EntityManager, ctx: TenantContext, id: string): Promise<ListingUpload> {
    const upload = isUuid(id) ? await em.findOne(ListingUpload, { id, supplier: ctx.organisationId }) : null;
    if (!upload) throw new AppError('UPLOAD_NOT_FOUND');
    return upload;
  }
}

function toView(u: ListingUpload, ctx: TenantContext): ListingUploadView {
  const errors = u.rowErrors.map((e) => toRowErrorView(e, ctx.locale));
  return {
    id: u.id, fileName: u.fileName, state: u.state, total: u.total, processed: u.processed, imported: u.imported,
    failed: new Set(u.rowErrors.map((e) => e.row)).size, errors, createdAt: u.createdAt, finishedAt: u.finishedAt ?? null,
  };
}
