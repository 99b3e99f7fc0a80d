import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { type Locale, Organisation, OrganisationKind, type TenantContext, type Fen } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isReason, localize } from '../../platform/errors/messages.js';
import { InputProblems, type Problem, ProblemList } from '../../catalog/problems.js';
import { decodeUpload, readTemplateFile } from '../../catalog/bulk-upload/upload-file.js';
import { checkBudgetLineInput } from './budget-line-input.js';
import { BudgetLineService } from './budget-line.service.js';

type Key = 'unitUscc' | 'fiscalYear' | 'code' | 'name' | 'amount';

/** The budget template's columns; finance knows units by their 统一社会信用代码. */
export const BUDGET_COLUMNS: readonly { key: Key; header: string; required: boolean; help: string }[] = [
  { key: 'unitUscc', header: '采购单位统一社会信用代码', required: true, help: '18 位，须为本省已登记的采购单位' },
  { key: 'fiscalYear', header: '预算年度', required: true, help: '如 2026' },
  { key: 'code', header: '预算项目编码', required: true, help: '1–32 位字母、数字或 . _ -，同一单位同一年度内不重复' },
  { key: 'name', header: '预算项目名称', required: true, help: '2–128 字' },
  { key: 'amount', header: '指标金额（元）', required: true, help: '元，最多两位小数，如 150000.00' },
];

/** Budget files are small: checked and imported while the request waits. */
export const BUDGET_IMPORT_MAX_ROWS = 2000;

export interface BudgetImportRowError { row: number; field: string; reason: string; message: string }
export interface BudgetImportResult { total: number; imported: number; errors: BudgetImportRowError[] }

/** Imports budget lines from the template: every row checked, each valid row in its own transaction. */
@Injectable()
export class BudgetImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly budgets: BudgetLineService,
  ) {}

  async import(ctx: TenantContext, fileName: string, contentBase64: string): Promise<BudgetImportResult> {
    const rows = await readTemplateFile(fileName, decodeUpload(fileName, contentBase64), BUDGET_COLUMNS, BUDGET_IMPORT_MAX_ROWS);
    const errors: BudgetImportRowError[] = [];
    let imported = 0;
    for (const { row, values } of rows) {
      const problems = new ProblemList();
      const fiscalYear = /^\d{4}$/.test(values.fiscalYear) ? Number(values.fiscalYear) : Number.NaN;
      if (Number.isNaN(fiscalYear)) problems.add('fiscalYear', 'FISCAL_YEAR_INVALID', { value: values.fiscalYear.slice(0, 10) });
      const amount = parseAmount(problems, values.amount);
      const { code, name } = checkBudgetLineInput(problems, { fiscalYear: Number.isNaN(fiscalYear) ? 2000 : fiscalYear, code: values.code, name: values.name, amount: amount ?? 0n });
      if (problems.items.length) {
        errors.push(...problems.items.map((p) => rowError(row, p, ctx.locale)));
        continue;
      }
      try {
        await this.db.transaction(ctx, async (em, tx) => {
          const unit = await em.findOne(Organisation, { uscc: values.unitUscc.toUpperCase(), kind: OrganisationKind.PurchasingUnit });
          if (!unit) throw new AppError('PURCHASING_UNIT_NOT_FOUND', { field: 'unitUscc' });
          await this.budgets.insert(em, ctx, tx, { unitId: unit.id, fiscalYear, code, name, amount: amount! });
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

function parseAmount(problems: ProblemList, text: string): Fen | null {
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text.trim())) {
    problems.add('amount', 'MONEY_FORMAT', { value: text.slice(0, 20) });
    return null;
  }
  const [whole, frac = ''] = text.trim().split('.');
  return BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
}

function rowError(row: number, p: Problem, locale: Locale): BudgetImportRowError {
  return { row, field: p.field, reason: p.reason, message: isReason(p.reason) ? localize(p.reason, locale, { ...p.params, field: p.field }) : p.reason };
}

/** The budget template: a 预算指标 sheet with text cells, and a 填写说明 sheet. */
export async function buildBudgetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('预算指标');
  // Text cells: Excel must not turn codes into numbers or amounts into floats.
  sheet.columns = BUDGET_COLUMNS.map((c) => ({ header: `${c.header}*`, key: c.key, width: Math.max(14, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 28 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const c of BUDGET_COLUMNS) help.addRow([c.header, c.help]);
  help.addRow([]);
  help.addRow(['', `每行一条预算指标，最多 ${BUDGET_IMPORT_MAX_ROWS} 行；每行单独导入，有错误的行不导入，其余照常导入。也可另存为 UTF-8 编码的 CSV 上传。`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
