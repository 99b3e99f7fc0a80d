import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { IntegrityEventKind, type Locale, Organisation, OrganisationKind, type TenantContext } from '@zhengcai/schema';
import { InputProblems, type Problem, ProblemList } from '../../catalog/problems.js';
import { decodeUpload, readTemplateFile } from '../../catalog/bulk-upload/upload-file.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isReason, localize } from '../../platform/errors/messages.js';
import { IntegrityPenalties } from './integrity-penalties.service.js';

type Key = 'supplierUscc' | 'kind' | 'documentNo' | 'authority' | 'decidedOn' | 'points' | 'note';

/** The penalty template's columns; decisions name suppliers by their 统一社会信用代码. */
export const PENALTY_COLUMNS: readonly { key: Key; header: string; required: boolean; help: string }[] = [
  { key: 'supplierUscc', header: '供应商统一社会信用代码', required: true, help: '18 位，须为本平台已登记的供应商' },
  { key: 'kind', header: '类别', required: true, help: '行政处罚 或 黑名单（也可填 ADMINISTRATIVE_PENALTY / BLACKLIST_RECORD）' },
  { key: 'documentNo', header: '决定书文号', required: true, help: '2–64 字，如 财采罚〔2026〕12 号；同一供应商同一类别的文号只导入一次' },
  { key: 'authority', header: '决定机关', required: true, help: '2–128 字' },
  { key: 'decidedOn', header: '决定日期', required: true, help: 'YYYY-MM-DD，不晚于今天' },
  { key: 'points', header: '扣分', required: false, help: '1–100 的整数；不填按平台建议分值' },
  { key: 'note', header: '备注', required: false, help: '最多 500 字' },
];

const KINDS: Record<string, IntegrityEventKind> = {
  行政处罚: IntegrityEventKind.AdministrativePenalty,
  ADMINISTRATIVE_PENALTY: IntegrityEventKind.AdministrativePenalty,
  黑名单: IntegrityEventKind.BlacklistRecord,
  BLACKLIST_RECORD: IntegrityEventKind.BlacklistRecord,
};

/** Penalty files are small: checked and imported while the request waits. */
export const PENALTY_IMPORT_MAX_ROWS = 1000;

export interface PenaltyImportRowError { row: number; field: string; reason: string; message: string }
export interface PenaltyImportResult { total: number; imported: number; errors: PenaltyImportRowError[] }

/**
 * Imports administrative penalties and blacklist records from the template: every row checked,
 * each good row recorded in its own transaction (as `recordIntegrityPenalty` would), keyed by
 * supplier, kind and document number so the same file imported twice records nothing new.
 */
@Injectable()
export class IntegrityPenaltyImport {
  constructor(
    private readonly db: TenantDb,
    private readonly penalties: IntegrityPenalties,
  ) {}

  async import(ctx: TenantContext, fileName: string, contentBase64: string): Promise<PenaltyImportResult> {
    const rows = await readTemplateFile(fileName, decodeUpload(fileName, contentBase64), PENALTY_COLUMNS, PENALTY_IMPORT_MAX_ROWS);
    const errors: PenaltyImportRowError[] = [];
    let imported = 0;
    for (const { row, values } of rows) {
      const problems = new ProblemList();
      const kind = KINDS[values.kind.trim().toUpperCase()] ?? KINDS[values.kind.trim()];
      if (!kind) problems.add('kind', 'INTEGRITY_PENALTY_KIND');
      const points = values.points.trim() === '' ? null : /^\d{1,3}$/.test(values.points.trim()) ? Number(values.points.trim()) : Number.NaN;
      if (Number.isNaN(points)) problems.add('points', 'INTEGRITY_POINTS_RANGE');
      const uscc = values.supplierUscc.trim().toUpperCase();
      if (problems.items.length) {
        errors.push(...problems.items.map((p) => rowError(row, p, ctx.locale)));
        continue;
      }
      try {
        const supplier = await this.db.transaction(ctx, (em) => em.findOne(Organisation, { uscc, kind: OrganisationKind.Supplier }, { fields: ['id'] }));
        if (!supplier) throw new AppError('INTEGRITY_PENALTY_SUPPLIER_UNKNOWN', { field: 'supplierUscc' });
        const documentNo = values.documentNo.trim();
        await this.penalties.record(ctx, {
          supplierId: supplier.id, kind: kind!, documentNo, authority: values.authority, decidedOn: values.decidedOn.trim(), points, note: values.note || null,
          sourceKey: `penalty:${createHash('sha256').update(`${supplier.id}\n${kind}\n${documentNo}`).digest('hex')}`,
        });
        imported += 1;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const problemsOf = err instanceof InputProblems ? err.problems : [{ field: String(err.params.field ?? ''), reason: err.reason, params: err.params }];
        errors.push(...problemsOf.map((p) => rowError(row, p, ctx.locale)));
      }
    }
    return { total: rows.length, imported, errors };
  }
}

function rowError(row: number, p: Problem, locale: Locale): PenaltyImportRowError {
  // The service names its input fields; the row error names the template's column key.
  const field = p.field.replace(/^input\./, '').replace(/^supplierId$/, 'supplierUscc');
  return { row, field, reason: p.reason, message: isReason(p.reason) ? localize(p.reason, locale, { ...p.params, field }) : p.reason };
}

/** The penalty template: a 处罚记录 sheet with text cells, and a 填写说明 sheet. */
export async function buildPenaltyTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('处罚记录');
  // Text cells: Excel must not turn credit codes into numbers or dates into serials.
  sheet.columns = PENALTY_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: Math.max(14, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 28 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const c of PENALTY_COLUMNS) help.addRow([c.header, c.help]);
  help.addRow([]);
  help.addRow(['', `每行一条处罚或黑名单记录，最多 ${PENALTY_IMPORT_MAX_ROWS} 行；每行单独导入，有错误的行不导入，其余照常导入。也可另存为 UTF-8 编码的 CSV 上传。`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
