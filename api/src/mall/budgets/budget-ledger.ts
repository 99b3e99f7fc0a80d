import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetLine, BudgetMovement, BudgetMovementKind, formatYuan, isUuid, type TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

export const availableFen = (line: BudgetLine): bigint => line.amountFen - line.usedFen - line.frozenFen;

/**
 * Every change to a budget line goes through here, inside the caller's transaction: the line
 * is locked (`SELECT … FOR UPDATE`) before it is read, so concurrent orders on one line queue
 * and each sees what the previous left; each change appends its movement to the ledger.
 */
@Injectable()
export class BudgetLedger {
  /** The line, locked until the caller's transaction ends; not found when it is not in this tenant. */
  async lock(em: EntityManager, lineId: string, field = 'budgetLineId'): Promise<BudgetLine> {
    if (!isUuid(lineId)) throw new AppError('BUDGET_LINE_NOT_FOUND', { field });
    // The line's row only: an ORM lock joins the unit and would lock its organisation row too.
    const locked = await em.execute<{ id: string }[]>('select id from budget_line where id = ? for update', [lineId]);
    if (locked.length === 0) throw new AppError('BUDGET_LINE_NOT_FOUND', { field });
    return em.findOneOrFail(BudgetLine, { id: lineId }, { refresh: true });
  }

  /** Reserves `amount` of a locked line for an order; refused when the line has less available. */
  freeze(em: EntityManager, ctx: TenantContext, line: BudgetLine, amountFen: bigint, orderId: string, field = 'budgetLineId'): void {
    const available = availableFen(line);
    if (amountFen > available) throw new AppError('BUDGET_INSUFFICIENT', { available: formatYuan(available), needed: formatYuan(amountFen), field }, { available: formatYuan(available) });
    this.move(em, ctx, line, BudgetMovementKind.Freeze, { frozen: amountFen }, orderId);
  }

  /** Gives back frozen budget the order will not spend (rejected, cancelled, partly accepted). */
  release(em: EntityManager, ctx: TenantContext, line: BudgetLine, amountFen: bigint, orderId: string, note?: string): void {
    if (amountFen === 0n) return;
    this.move(em, ctx, line, BudgetMovementKind.Release, { frozen: -amountFen }, orderId, note);
  }

  /** The order was paid: its frozen amount becomes used. */
  consume(em: EntityManager, ctx: TenantContext, line: BudgetLine, amountFen: bigint, orderId: string): void {
    this.move(em, ctx, line, BudgetMovementKind.Consume, { frozen: -amountFen, used: amountFen }, orderId);
  }

  /** Loads a new line's amount or changes it (finance); a reduction below used + frozen is refused. */
  setAmount(em: EntityManager, ctx: TenantContext, line: BudgetLine, amountFen: bigint, kind: BudgetMovementKind.Load | BudgetMovementKind.Adjust, note?: string): void {
    const committed = line.usedFen + line.frozenFen;
    if (amountFen < committed) throw new AppError('BUDGET_BELOW_COMMITTED', { committed: formatYuan(committed), field: 'amount' });
    this.move(em, ctx, line, kind, { amount: amountFen - line.amountFen }, null, note);
  }

  private move(em: EntityManager, ctx: TenantContext, line: BudgetLine, kind: BudgetMovementKind, d: { amount?: bigint; used?: bigint; frozen?: bigint }, orderId: string | null, note?: string): void {
    const delta = { amount: d.amount ?? 0n, used: d.used ?? 0n, frozen: d.frozen ?? 0n };
    line.amountFen += delta.amount;
    line.usedFen += delta.used;
    line.frozenFen += delta.frozen;
    line.updatedAt = new Date();
    em.create(BudgetMovement, {
      tenantId: ctx.tenantId, line, kind, amountDeltaFen: delta.amount, usedDeltaFen: delta.used, frozenDeltaFen: delta.frozen,
      orderId, actorUserId: ctx.userId ?? null, note: note ?? null,
    });
  }
}
