import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Fen, formatYuan, isUuid, Listing, MallOrder, MallOrderLine, OrderDeadlineKind, type OrderInvoice, parseTenantSettings,
  Tenant, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { checkText, ProblemList, requireReason } from '../../catalog/problems.js';
import { listingChanged } from '../../catalog/listings/listing-events.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { BudgetLedger } from '../budgets/budget-ledger.js';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { loadOrderView, recordOrderEvent } from './order-records.js';
import { type OrderAction, nextOrderState, ORDER_TRANSITIONS, type OrderParty } from './order-state-machine.js';
import type { OrderView } from './order-view.js';

export interface ShipmentInput { logisticsCompany: string; trackingNo: string }
export interface AcceptanceLineInput { lineId: string; acceptedQuantity: number }
export interface InvoiceInput { invoiceNo: string; invoiceCode?: string | null; issuedOn: string; amount: Fen }

type Apply = (em: EntityManager, order: MallOrder, tx: TxEffects) => Promise<object>;

const INVOICE_NO = /^\d{8,20}$/;
const INVOICE_CODE = /^\d{10,12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type IntegrityStep = 'confirm' | 'ship' | 'accept' | 'refuse_acceptance';
const INTEGRITY_STEPS = new Set<string>(['confirm', 'ship', 'accept', 'refuse_acceptance'] satisfies IntegrityStep[]);

/** Every step of an order after placement, by the buyer, the supplier or the system. */
@Injectable()
export class OrderFulfilmentService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
  ) {}

  confirm(ctx: TenantContext, id: string): Promise<OrderView> {
    return this.step(ctx, id, 'confirm', 'supplier', async (em, order) => {
      await this.setDue(em, ctx, order, OrderDeadlineKind.Ship);
      return {};
    });
  }

  reject(ctx: TenantContext, id: string, reason: string): Promise<OrderView> {
    const text = requireReason(reason);
    return this.step(ctx, id, 'reject', 'supplier', async (em, order, tx) => this.unwind(em, ctx, tx, order, text), text);
  }

  cancel(ctx: TenantContext, id: string, reason?: string | null): Promise<OrderView> {
    const text = reason?.trim() ? requireReason(reason) : null;
    return this.step(ctx, id, 'cancel', 'buyer', async (em, order, tx) => this.unwind(em, ctx, tx, order, text), text);
  }

  ship(ctx: TenantContext, id: string, input: ShipmentInput): Promise<OrderView> {
    const problems = new ProblemList();
    const logisticsCompany = checkText(problems, 'logisticsCompany', input.logisticsCompany, 2, 64);
    const trackingNo = checkText(problems, 'trackingNo', input.trackingNo, 4, 64);
    problems.throwIfAny();
    return this.step(ctx, id, 'ship', 'supplier', async (_em, order) => {
      Object.assign(order, { logisticsCompany, trackingNo, dueKind: null, dueAt: null });
      return { logisticsCompany, trackingNo };
    });
  }

  /** Delivered: the supplier or the buyer marks it; the buyer's acceptance period starts. */
  markDelivered(ctx: TenantContext, id: string, party: 'supplier' | 'buyer'): Promise<OrderView> {
    return this.step(ctx, id, 'deliver', party, async (em, order) => {
      await this.setDue(em, ctx, order, OrderDeadlineKind.Accept);
      return {};
    });
  }

  /**
   * 履约验收: every line with the quantity accepted (0 to the quantity ordered). The accepted
   * amount becomes payable and the rest of the frozen budget is released.
   */
  accept(ctx: TenantContext, id: string, accepted: AcceptanceLineInput[], note?: string | null): Promise<OrderView> {
    const problems = new ProblemList();
    accepted.forEach((l, i) => {
      if (!Number.isInteger(l.acceptedQuantity) || l.acceptedQuantity < 0) problems.add(`lines[${i}].acceptedQuantity`, 'ACCEPTED_QUANTITY_INVALID', { max: '—' });
    });
    const text = note?.trim() ? checkText(problems, 'note', note, 1, 500) : null;
    problems.throwIfAny();
    return this.step(ctx, id, 'accept', 'buyer', async (em, order, tx) => {
      const lines = await em.find(MallOrderLine, { order }, { orderBy: { id: 'asc' }, populate: ['listing'] });
      const given = new Map(accepted.map((a, i) => [a.lineId, { ...a, i }]));
      let acceptedFen = 0n;
      for (const line of lines) {
        const a = given.get(line.id);
        if (!a) throw new AppError('ACCEPTANCE_LINES_INCOMPLETE', { field: 'lines' });
        if (a.acceptedQuantity > line.quantity) throw new AppError('ACCEPTED_QUANTITY_INVALID', { max: line.quantity, field: `lines[${a.i}].acceptedQuantity` });
        line.acceptedQuantity = a.acceptedQuantity;
        acceptedFen += line.unitPriceFen * BigInt(a.acceptedQuantity);
      }
      if (given.size !== lines.length) throw new AppError('ACCEPTANCE_LINES_INCOMPLETE', { field: 'lines' });
      if (acceptedFen === 0n) throw new AppError('ACCEPTANCE_NOTHING_ACCEPTED', { field: 'lines' });
      const line = await this.ledger.lock(em, order.budgetLine.id);
      this.ledger.release(em, ctx, line, order.totalFen - acceptedFen, order.id, 'partial acceptance');
      Object.assign(order, { acceptedFen, dueKind: null, dueAt: null });
      for (const l of lines) {
        // An awarded line has no listing to count sales on.
        if (!l.acceptedQuantity || !l.listing) continue;
        // Sales count what buyers accepted; search ranks by it.
        l.listing.salesCount += l.acceptedQuantity;
        l.listing.updatedAt = new Date();
        tx.publish(listingChanged(l.listing.id));
      }
      return { accepted: formatYuan(acceptedFen), lines: lines.map((l) => ({ lineId: l.id, quantity: l.quantity, acceptedQuantity: l.acceptedQuantity })), note: text };
    }, text);
  }

  /** Acceptance refused with a reason: back to shipped, for the supplier to deliver again. */
  refuseAcceptance(ctx: TenantContext, id: string, reason: string): Promise<OrderView> {
    const text = requireReason(reason);
    return this.step(ctx, id, 'refuse_acceptance', 'buyer', async (_em, order) => {
      Object.assign(order, { reason: text, dueKind: null, dueAt: null });
      return { reason: text };
    }, text);
  }

  invoice(ctx: TenantContext, id: string, input: InvoiceInput): Promise<OrderView> {
    const problems = new ProblemList();
    const invoiceNo = input.invoiceNo.trim();
    const invoiceCode = input.invoiceCode?.trim() || '';
    if (!INVOICE_NO.test(invoiceNo)) problems.add('invoiceNo', 'INVOICE_NUMBER_FORMAT');
    if (invoiceCode && !INVOICE_CODE.test(invoiceCode)) problems.add('invoiceCode', 'INVOICE_CODE_FORMAT');
    if (!DATE.test(input.issuedOn) || Number.isNaN(Date.parse(input.issuedOn))) problems.add('issuedOn', 'INVOICE_DATE_INVALID');
    problems.throwIfAny();
    return this.step(ctx, id, 'invoice', 'supplier', async (em, order) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      if (input.issuedOn > localDateOf(new Date(), tenant.timeZone)) throw new AppError('INVOICE_DATE_INVALID', { field: 'issuedOn' });
      if (input.amount !== order.acceptedFen) {
        const acceptedAmount = formatYuan(order.acceptedFen ?? 0n);
        throw new AppError('INVOICE_AMOUNT_MISMATCH', { accepted: acceptedAmount, field: 'amount' }, { acceptedAmount });
      }
      const invoice: OrderInvoice = { invoiceNo, invoiceCode, issuedOn: input.issuedOn, amountFen: input.amount.toString() };
      order.invoice = invoice;
      return { invoiceNo, invoiceCode, issuedOn: input.issuedOn, amount: formatYuan(input.amount) };
    });
  }

  /**
   * A transition in the caller's transaction, for the system (deadline job, payments): the
   * order is locked, the transition checked, applied, audited and put on the timeline.
   */
  async transitionIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, order: MallOrder, action: OrderAction, apply: Apply, note?: string | null): Promise<void> {
    const from = order.state;
    const to = nextOrderState(from, action);
    const change = await apply(em, order, tx);
    order.state = to;
    order.updatedAt = new Date();
    recordOrderEvent(em, ctx, order, from, action, note);
    tx.audit({ action: `mall.order.${action.replace('_', '-')}`, subjectType: 'order', subjectId: order.id, change: { from, to, ...change } });
    // The supplier's conduct counts for its integrity score; a missed deadline is reported by the sweep instead.
    if (INTEGRITY_STEPS.has(action)) {
      tx.publish(domainEvent('mall.order.step-completed', { orderId: order.id, step: action as IntegrityStep, onTime: !(action === 'ship' && order.overdueKinds.includes(OrderDeadlineKind.Ship)) }));
    }
  }

  /** Rejected or cancelled before confirmation: the frozen budget and the stock go back. */
  async unwind(em: EntityManager, ctx: TenantContext, tx: TxEffects, order: MallOrder, reason: string | null): Promise<object> {
    const line = await this.ledger.lock(em, order.budgetLine.id);
    this.ledger.release(em, ctx, line, order.totalFen, order.id, reason ?? undefined);
    const lines = await em.find(MallOrderLine, { order }, { orderBy: { id: 'asc' } });
    // Only catalogue lines took stock; an awarded line has none to return.
    const stocked = lines.filter((l): l is MallOrderLine & { listing: Listing } => !!l.listing);
    for (const l of stocked.sort((a, b) => (a.listing.id < b.listing.id ? -1 : 1))) {
      const listing = await em.findOneOrFail(Listing, { id: l.listing.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      listing.stock += l.quantity;
      listing.updatedAt = new Date();
      tx.publish(listingChanged(listing.id));
    }
    Object.assign(order, { reason, dueKind: null, dueAt: null });
    return { reason, released: formatYuan(order.totalFen) };
  }

  /** Locks the order for an update and checks that the caller is the party the action belongs to. */
  async lockOrder(em: EntityManager, id: string): Promise<MallOrder> {
    if (!isUuid(id)) throw new AppError('ORDER_NOT_FOUND');
    const order = await em.findOne(MallOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!order) throw new AppError('ORDER_NOT_FOUND');
    return order;
  }

  private step(ctx: TenantContext, id: string, action: OrderAction, party: OrderParty, apply: Apply, note?: string | null): Promise<OrderView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const order = await this.lockOrder(em, id);
      const own = party === 'buyer' ? order.buyer.id : order.supplier.id;
      if (own !== ctx.organisationId || !ORDER_TRANSITIONS[action].by.includes(party)) throw new AppError('ORDER_NOT_FOUND');
      await this.transitionIn(em, tx, ctx, order, action, apply, note);
      return loadOrderView(em, order);
    });
  }

  private async setDue(em: EntityManager, ctx: TenantContext, order: MallOrder, kind: OrderDeadlineKind): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const mall = parseTenantSettings(tenant.settings).mall;
    const days = { confirm: mall.confirmWorkingDays, ship: mall.shipWorkingDays, accept: mall.acceptWorkingDays }[kind];
    order.dueKind = kind;
    order.dueAt = await workingDeadline(em, ctx.tenantId, new Date(), days);
  }
}
