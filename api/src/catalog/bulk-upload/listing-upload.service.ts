import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, ListingUpload, ListingUploadState, Organisation, type TenantContext, type UploadRowError } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';
import { InputProblems } from '../problems.js';
import { ListingAuthoringService } from '../listings/listing-authoring.service.js';
import { readUploadFile, UPLOAD_MAX_BYTES, type UploadRow } from './upload-file.js';
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
 * if it is not the template); then rows are imported in the background, each in its own
 * transaction through the same service as a single listing, so a row is imported fully as
 * a draft or not at all. Progress and row errors are recorded after every batch.
 */
@Injectable()
export class ListingUploadService {
  /** Imports still running in this process (tests and shutdown wait for them). */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: TenantDb,
    private readonly authoring: ListingAuthoringService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async start(ctx: TenantContext, fileName: string, contentBase64: string): Promise<ListingUploadView> {
    // Checked before decoding, so an oversized request costs no buffer.
    if (contentBase64.length > Math.ceil(UPLOAD_MAX_BYTES / 3) * 4 + 4) {
      throw new AppError('UPLOAD_TOO_LARGE', { max: UPLOAD_MAX_BYTES, actual: Math.floor((contentBase64.length * 3) / 4), field: 'contentBase64' });
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw new AppError('UPLOAD_FORMAT', { fileName: fileName.slice(0, 100), field: 'contentBase64' });
    const rows = await readUploadFile(fileName, Buffer.from(contentBase64, 'base64'));
    const upload = await this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOneOrFail(Organisation, { id: ctx.organisationId });
      const u = em.create(ListingUpload, { tenantId: ctx.tenantId, supplier, uploadedBy: ctx.userId!, fileName: fileName.slice(0, 255), total: rows.length });
      await em.flush();
      tx.audit({ action: 'catalog.listing-upload.start', subjectType: 'listing_upload', subjectId: u.id, change: { fileName: u.fileName, total: rows.length } });
      return u;
    });
    const run = this.importRows(ctx, upload.id, rows).finally(() => this.running.delete(upload.id));
    this.running.set(upload.id, run);
    return toView(upload, ctx);
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

  /** Resolves when the import of `id` started in this process has finished. */
  async settled(id: string): Promise<void> {
    await this.running.get(id);
  }

  private async importRows(ctx: TenantContext, uploadId: string, rows: readonly UploadRow[]): Promise<void> {
    try {
      for (let i = 0; i < rows.length; i += UPLOAD_BATCH) {
        const errors: UploadRowError[] = [];
        let imported = 0;
        for (const { row, values } of rows.slice(i, i + UPLOAD_BATCH)) {
          const { input, problems } = rowToListingInput(values);
          if (!input) {
            errors.push(...problems.items.map((p) => ({ row, ...p })));
            continue;
          }
          try {
            await this.authoring.create(ctx, input);
            imported++;
          } catch (err) {
            if (err instanceof InputProblems) errors.push(...err.problems.map((p) => ({ row, ...p })));
            else if (err instanceof AppError) errors.push({ row, field: String(err.params.field ?? ''), reason: err.reason, params: err.params });
            else throw err;
          }
        }
        const last = i + UPLOAD_BATCH >= rows.length;
        await this.db.transaction(ctx, async (em, tx) => {
          const upload = await em.findOneOrFail(ListingUpload, { id: uploadId });
          upload.processed += Math.min(UPLOAD_BATCH, rows.length - i);
          upload.imported += imported;
          upload.rowErrors = [...upload.rowErrors, ...errors];
          if (last) {
            upload.state = ListingUploadState.Done;
            upload.finishedAt = new Date();
            tx.audit({ action: 'catalog.listing-upload.finish', subjectType: 'listing_upload', subjectId: uploadId, change: { total: upload.total, imported: upload.imported, failedRows: new Set(upload.rowErrors.map((e) => e.row)).size } });
          }
        });
      }
    } catch (err) {
      this.logger.error({ err, uploadId, requestId: ctx.requestId }, 'bulk upload of listings failed');
      await this.db.transaction(ctx, async (em, tx) => {
        const upload = await em.findOneOrFail(ListingUpload, { id: uploadId });
        upload.state = ListingUploadState.Failed;
        upload.finishedAt = new Date();
        tx.audit({ action: 'catalog.listing-upload.fail', subjectType: 'listing_upload', subjectId: uploadId, change: { processed: upload.processed } });
      }).catch((e: unknown) => this.logger.error({ err: e, uploadId }, 'could not record the failure of a bulk upload'));
    }
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
