import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BudgetLine, BudgetMovementKind, type Fen, formatYuan, isUuid, Organisation, OrganisationKind, Role, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { checkText, ProblemList } from '../../catalog/problems.js';
import { BudgetLedger } from './budget-ledger.js';
import { checkAmount, checkBudgetLineInput, type BudgetLineInput } from './budget-line-input.js';
import { type BudgetLineView, toBudgetLineView } from './budget-line-view.js';

export interface BudgetLineFilter {
  unitId?: string | null;
  fiscalYear?: number | null;
}

/** Finance loads and adjusts purchasing units' budget lines; units read their own. */
@Injectable()
export class BudgetLineService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
  ) {}

  create(ctx: TenantContext, input: BudgetLineInput): Promise<BudgetLineView> {
    const problems = new ProblemList();
    const { code, name } = checkBudgetLineInput(problems, input);
    problems.throwIfAny();
    return this.db.transaction(ctx, (em, tx) => this.insert(em, ctx, tx, { ...input, code, name }));
  }

  /** One line in the caller's transaction (the import runs each row through it). */
  async insert(em: EntityManager, ctx: TenantContext, tx: TxEffects, input: BudgetLineInput, prefix = ''): Promise<BudgetLineView> {
    const unit = isUuid(input.unitId) ? await em.findOne(Organisation, { id: input.unitId, kind: OrganisationKind.PurchasingUnit }) : null;
    if (!unit) throw new AppError('PURCHASING_UNIT_NOT_FOUND', { field: `${prefix}unitId` });
    if (await em.count(BudgetLine, { unit, fiscalYear: input.fiscalYear, code: input.code })) {
      throw new AppError('BUDGET_CODE_TAKEN', { code: input.code, fiscalYear: input.fiscalYear, field: `${prefix}code` });
    }
    const line = em.create(BudgetLine, { tenantId: ctx.tenantId, unit, fiscalYear: input.fiscalYear, code: input.code, name: input.name, amountFen: 0n, usedFen: 0n, frozenFen: 0n });
    this.ledger.setAmount(em, ctx, line, input.amount, BudgetMovementKind.Load);
    try {
      await em.flush();
    } catch (err) {
      // Two finance users creating the same code at once: the unique key decides.
      if (err instanceof UniqueConstraintViolationException) throw new AppError('BUDGET_CODE_TAKEN', { code: input.code, fiscalYear: input.fiscalYear, field: `${prefix}code` });
      throw err;
    }
    tx.audit({ action: 'mall.budget-line.create', subjectType: 'budget_line', subjectId: line.id, change: { unitId: unit.id, fiscalYear: line.fiscalYear, code: line.code, name: line.name, amount: formatYuan(line.amountFen) } });
    return toBudgetLineView(line);
  }

  /** A new name and/or amount; the amount never below what orders have used or frozen. */
  adjust(ctx: TenantContext, id: string, input: { name?: string | null; amount?: Fen | null; note?: string | null }): Promise<BudgetLineView> {
    const problems = new ProblemList();
    const name = input.name === undefined || input.name === null ? null : checkText(problems, 'name', input.name, 2, 128);
    if (input.amount !== undefined && input.amount !== null) checkAmount(problems, 'amount', input.amount);
    const note = input.note ? checkText(problems, 'note', input.note, 0, 500) : null;
    problems.throwIfAny();
    return this.db.transaction(ctx, async (em, tx) => {
      const line = await this.ledger.lock(em, id, 'id');
      await em.populate(line, ['unit']);
      const before = { name: line.name, amount: formatYuan(line.amountFen) };
      if (name) line.name = name;
      if (input.amount !== undefined && input.amount !== null && input.amount !== line.amountFen) {
        this.ledger.setAmount(em, ctx, line, input.amount, BudgetMovementKind.Adjust, note ?? undefined);
      }
      line.updatedAt = new Date();
      tx.audit({ action: 'mall.budget-line.adjust', subjectType: 'budget_line', subjectId: line.id, change: { before, after: { name: line.name, amount: formatYuan(line.amountFen) }, note } });
      return toBudgetLineView(line);
    });
  }

  /** Lines the caller may see: finance all of the tenant (optionally one unit's); a unit its own. */
  list(ctx: TenantContext, filter: BudgetLineFilter, page: PageRequest): Promise<Connection<BudgetLineView>> {
    const first = pageSize(page);
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    if (after !== undefined && !isUuid(after)) throw new AppError('INVALID_CURSOR');
    const unitId = ctx.roles.includes(Role.Finance) ? filter.unitId : ctx.organisationId;
    if (unitId && !isUuid(unitId)) return Promise.resolve(toConnection([], first, () => [], toBudgetLineView));
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        BudgetLine,
        { ...(unitId ? { unit: unitId } : {}), ...(filter.fiscalYear ? { fiscalYear: filter.fiscalYear } : {}), ...(after ? { id: { $gt: after } } : {}) },
        { orderBy: { id: 'asc' }, limit: first + 1, populate: ['unit'] },
      );
      return toConnection(rows, first, (l) => [l.id], toBudgetLineView);
    });
  }
}
