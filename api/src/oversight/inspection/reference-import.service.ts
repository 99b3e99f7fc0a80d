import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isUuid, Listing, parseTenantSettings, PriceReference, PriceReferenceImport, PriceReferenceOrigin, StandardProduct, Tenant, type TenantContext, type UploadRowError,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isReason, localize } from '../../platform/errors/messages.js';
import { localDateOf, startOfLocalDate } from '../../platform/calendar/local-date.js';
import { decodeUpload, readTemplateFile } from '../../catalog/bulk-upload/upload-file.js';
import { errorReportCsv, errorReportXlsx, type RowErrorView } from '../../catalog/bulk-upload/upload-report.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { checkReferenceRow, REFERENCE_COLUMNS, REFERENCE_MAX_ROWS, type ReferenceColumnKey, type ReferenceRow } from './reference-rows.js';
import { ReferencePriceFeed } from './reference-feed.js';

export interface ReferenceImportView {
  readonly id: string;
  readonly origin: PriceReferenceOrigin;
  readonly name: string;
  readonly total: number;
  readonly imported: number;
  readonly failed: number;
  readonly errors: RowErrorView[];
  readonly createdAt: Date;
}

type Cells = Partial<Record<ReferenceColumnKey, string>>;

/**
 * Imported reference prices: a file (the template as .xlsx or UTF-8 CSV) or a read of the
 * tenant's JSON feed. Rows are checked one by one; good rows are imported, bad rows are
 * reported with their field and reason (and downloadable), all in one transaction.
 */
@Injectable()
export class ReferenceImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly feed: ReferencePriceFeed,
  ) {}

  async importFile(ctx: TenantContext, fileName: string, contentBase64: string): Promise<ReferenceImportView> {
    const rows = await readTemplateFile(fileName, decodeUpload(fileName, contentBase64), REFERENCE_COLUMNS, REFERENCE_MAX_ROWS);
    return this.store(ctx, PriceReferenceOrigin.File, fileName.slice(0, 255), rows);
  }

  /** Reads the feed named in the tenant's rules (inspection.referenceFeedUrl) now. */
  async importFeed(ctx: TenantContext): Promise<ReferenceImportView> {
    const url = await this.db.transaction(ctx, async (em) => parseTenantSettings((await em.findOneOrFail(Tenant, { id: ctx.tenantId })).settings).inspection.referenceFeedUrl);
    if (!url) throw new AppError('PRICE_REFERENCE_FEED_NOT_CONFIGURED', { field: 'inspection.referenceFeedUrl' });
    const prices = await this.feed.read(url);
    if (prices.length > REFERENCE_MAX_ROWS) throw new AppError('UPLOAD_TOO_MANY_ROWS', { max: REFERENCE_MAX_ROWS, actual: prices.length });
    return this.store(ctx, PriceReferenceOrigin.Feed, url, prices.map((p, i) => ({ row: i + 1, values: p as Cells })));
  }

  get(ctx: TenantContext, id: string): Promise<ReferenceImportView> {
    return this.db.transaction(ctx, async (em) => {
      const i = isUuid(id) ? await em.findOne(PriceReferenceImport, { id }) : null;
      if (!i) throw new AppError('PRICE_REFERENCE_IMPORT_NOT_FOUND');
      return toView(i, ctx);
    });
  }

  async errorReport(ctx: TenantContext, id: string, format: 'csv' | 'xlsx'): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
    const view = await this.get(ctx, id);
    const base = `price-reference-import-${view.id}-errors`;
    return format === 'csv'
      ? { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: errorReportCsv(view.errors, ctx.locale) }
      : { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, content: await errorReportXlsx(view.errors, ctx.locale) };
  }

  private store(ctx: TenantContext, origin: PriceReferenceOrigin, name: string, rows: { row: number; values: Cells }[]): Promise<ReferenceImportView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const today = localDateOf(new Date(), tenant.timeZone);
      const errors: UploadRowError[] = [];
      const good: { row: number; value: ReferenceRow }[] = [];
      for (const { row, values } of rows) {
        const checked = checkReferenceRow(row, values, today);
        if (checked.value) good.push({ row, value: checked.value });
        else errors.push(...checked.errors);
      }
      const known = await this.known(em, good.map((g) => g.value));
      const imp = em.create(PriceReferenceImport, { tenantId: ctx.tenantId, origin, name, importedBy: ctx.userId ?? null, total: rows.length, imported: 0, rowErrors: [] });
      for (const { row, value } of good) {
        const target = value.standardProductId ?? value.listingId!;
        if (!known.has(target)) {
          const field = value.standardProductId ? 'standardProductId' : 'listingId';
          errors.push({ row, field, reason: 'PRICE_REFERENCE_TARGET_NOT_FOUND', params: { value: target } });
          continue;
        }
        em.create(PriceReference, {
          tenantId: ctx.tenantId, standardProductId: value.standardProductId, listingId: value.listingId, sourceName: value.sourceName, priceFen: value.priceFen,
          observedAt: startOfLocalDate(value.observedOn, tenant.timeZone), url: value.url, importId: imp.id,
        });
        imp.imported++;
      }
      imp.rowErrors = errors.sort((a, b) => a.row - b.row);
      await em.flush();
      tx.audit({
        action: 'oversight.price-reference.import', subjectType: 'price_reference_import', subjectId: imp.id,
        change: { origin, name, total: imp.total, imported: imp.imported, failedRows: new Set(errors.map((e) => e.row)).size },
      });
      return toView(imp, ctx);
    });
  }

  /** Which of the named standard products and listings exist in this tenant. */
  private async known(em: EntityManager, values: ReferenceRow[]): Promise<Set<string>> {
    const products = [...new Set(values.flatMap((v) => (v.standardProductId ? [v.standardProductId] : [])))];
    const listings = [...new Set(values.flatMap((v) => (v.listingId ? [v.listingId] : [])))];
    const found = [
      ...(products.length ? await em.find(StandardProduct, { id: { $in: products } }, { fields: ['id'] }) : []),
      ...(listings.length ? await em.find(Listing, { id: { $in: listings } }, { fields: ['id'] }) : []),
    ];
    return new Set(found.map((f) => f.id));
  }
}

const HEADERS = new Map(REFERENCE_COLUMNS.map((c) => [c.key as string, c.header]));

function toView(i: PriceReferenceImport, ctx: TenantContext): ReferenceImportView {
  const errors = i.rowErrors.map((e) => ({
    row: e.row, field: e.field, column: HEADERS.get(e.field) ?? '', reason: e.reason,
    message: isReason(e.reason) ? localize(e.reason, ctx.locale, { ...e.params, field: e.field }) : e.reason,
  }));
  return { id: i.id, origin: i.origin, name: i.name, total: i.total, imported: i.imported, failed: new Set(i.rowErrors.map((e) => e.row)).size, errors, createdAt: i.createdAt };
}
