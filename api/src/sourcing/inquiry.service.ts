import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category, formatYuan, InquiryState, newId, parseTenantSettings, SourcingInquiry, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { localDateOf } from '../platform/calendar/local-date.js';
import { workingDeadline } from '../platform/calendar/working-deadline.js';
import { checkIdempotencyKey, requestFingerprint } from '../platform/idempotency/idempotency-key.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { requireReason } from '../catalog/problems.js';
import { BudgetLedger } from '../mall/budgets/budget-ledger.js';
import { claimIdempotencyKey, storeIdempotentResult } from '../mall/orders/idempotency.js';
import { checkInquiryInput, checkMinQuotes, checkSourcingRange, type InquiryInput, MAX_QUOTE_PERIOD_DAYS, TIE_RULE } from './inquiry-input.js';
import { nextInquiryState } from './inquiry-state-machine.js';
import { lockInquiry, ownInquiry } from './inquiry-records.js';
import { toInquiryView, type InquiryView } from './inquiry-view.js';
import { InvitationsService } from './invitations.service.js';

const DAY_MS = 86_400_000;

/**
 * A purchasing unit publishes, cancels and relaunches online inquiries (在线询价). Publication
 * freezes the budget on the unit's budget line; cancellation and failure release it.
 */
@Injectable()
export class InquiryService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
    private readonly invitations: InvitationsService,
  ) {}

  publish(ctx: TenantContext, raw: InquiryInput): Promise<InquiryView> {
    const input = checkInquiryInput(raw);
    checkIdempotencyKey(input.idempotencyKey);
    return this.db.transaction(ctx, (em, tx) => this.publishIn(em, tx, ctx, input, null));
  }

  /** A failed inquiry published again with a new deadline (and budget frozen again); once per inquiry. */
  relaunch(ctx: TenantContext, id: string, quoteDeadline: Date, idempotencyKey: string): Promise<InquiryView> {
    checkIdempotencyKey(idempotencyKey);
    return this.db.transaction(ctx, async (em, tx) => {
      const old = ownInquiry(await lockInquiry(em, id), ctx.organisationId);
      const input: InquiryInput = {
        title: old.title, categoryCode: old.categoryCode, specification: old.specification, quantity: old.quantity, unit: old.unit,
        deliveryAddress: old.deliveryAddress, deliveryDays: old.deliveryDays, budget: old.budgetFen, budgetLineId: old.budgetLine.id,
        quoteDeadline, minQuotes: old.minQuotes, idempotencyKey,
      };
      const existing = await em.findOne(SourcingInquiry, { relaunchOf: old.id });
      if (old.state !== InquiryState.Failed || (existing && !(await this.isReplay(em, ctx, idempotencyKey)))) throw new AppError('INQUIRY_NOT_RELAUNCHABLE', { field: 'id' });
      return this.publishIn(em, tx, ctx, input, old.id);
    });
  }

  cancel(ctx: TenantContext, id: string, reason: string): Promise<InquiryView> {
    const text = requireReason(reason);
    return this.db.transaction(ctx, async (em, tx) => {
      const inquiry = ownInquiry(await lockInquiry(em, id), ctx.organisationId);
      const from = inquiry.state;
      inquiry.state = nextInquiryState(from, 'cancel');
      Object.assign(inquiry, { cancelReason: text, updatedAt: new Date() });
      const line = await this.ledger.lock(em, inquiry.budgetLine.id);
      this.ledger.release(em, ctx, line, inquiry.budgetFen, inquiry.id, text);
      tx.audit({ action: 'sourcing.inquiry.cancel', subjectType: 'sourcing_inquiry', subjectId: inquiry.id, change: { from, to: inquiry.state, reason: text, released: formatYuan(inquiry.budgetFen) } });
      tx.publish(domainEvent('sourcing.inquiry.cancelled', { inquiryId: inquiry.id }));
      await em.flush();
      return toInquiryView(inquiry);
    });
  }

  private async isReplay(em: EntityManager, ctx: TenantContext, key: string): Promise<boolean> {
    const rows = await em.execute<{ id: string }[]>('select id from mall_idempotency_key where user_id = ? and key = ?', [ctx.userId, key]);
    return rows.length > 0;
  }

  private async publishIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, input: InquiryInput, relaunchOf: string | null): Promise<InquiryView> {
    if (!ctx.userId || !ctx.organisationId) throw new AppError('AUTHENTICATION_REQUIRED');
    const print = requestFingerprint(relaunchOf ? 'relaunchInquiry' : 'publishInquiry', {
      ...input, idempotencyKey: undefined, budget: formatYuan(input.budget), quoteDeadline: input.quoteDeadline.toISOString(), relaunchOf,
    });
    const claim = await claimIdempotencyKey(em, ctx, input.idempotencyKey, print);
    if (claim.kind === 'replay') return toInquiryView(await em.findOneOrFail(SourcingInquiry, { id: claim.orderIds[0] }, { populate: ['buyer', 'budgetLine'] }));

    const now = new Date();
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const settings = parseTenantSettings(tenant.settings);
    checkSourcingRange(input.budget, settings.purchaseRoutes);
    const minQuotes = checkMinQuotes(input.minQuotes, settings);
    if (!(await em.findOne(Category, { code: input.categoryCode }))) throw new AppError('INQUIRY_CATEGORY_UNKNOWN', { code: input.categoryCode.slice(0, 16), field: 'categoryCode' });
    const earliest = await workingDeadline(em, ctx.tenantId, now, settings.sourcing.quoteMinWorkingDays);
    if (input.quoteDeadline < earliest) {
      throw new AppError('INQUIRY_DEADLINE_TOO_SOON', { days: settings.sourcing.quoteMinWorkingDays, earliest: localDateOf(earliest, tenant.timeZone), field: 'quoteDeadline' }, { earliest: earliest.toISOString() });
    }
    if (input.quoteDeadline.getTime() - now.getTime() > MAX_QUOTE_PERIOD_DAYS * DAY_MS) throw new AppError('INQUIRY_DEADLINE_TOO_LATE', { days: MAX_QUOTE_PERIOD_DAYS, field: 'quoteDeadline' });

    const line = await this.ledger.lock(em, input.budgetLineId);
    if (line.unit.id !== ctx.organisationId) throw new AppError('BUDGET_LINE_NOT_FOUND', { field: 'budgetLineId' });
    const year = Number(localDateOf(now, tenant.timeZone).slice(0, 4));
    if (line.fiscalYear !== year) throw new AppError('BUDGET_LINE_NOT_CURRENT_YEAR', { fiscalYear: line.fiscalYear, year, field: 'budgetLineId' });
    const id = newId();
    this.ledger.freeze(em, ctx, line, input.budget, id);
    const inquiry = em.create(SourcingInquiry, {
      id, tenantId: ctx.tenantId, buyer: line.unit, buyerUserId: ctx.userId, budgetLine: line, title: input.title, categoryCode: input.categoryCode,
      specification: input.specification, quantity: input.quantity, unit: input.unit, deliveryAddress: input.deliveryAddress, deliveryDays: input.deliveryDays,
      budgetFen: input.budget, quoteDeadline: input.quoteDeadline, minQuotes, tieRule: TIE_RULE, state: InquiryState.Published, relaunchOf,
      createdAt: now, updatedAt: now,
    });
    tx.audit({
      action: 'sourcing.inquiry.publish', subjectType: 'sourcing_inquiry', subjectId: id,
      change: { title: input.title, categoryCode: input.categoryCode, quantity: input.quantity, budget: formatYuan(input.budget), budgetLineId: line.id, quoteDeadline: input.quoteDeadline, minQuotes, tieRule: TIE_RULE, relaunchOf },
    });
    tx.publish(domainEvent('sourcing.inquiry.published', { inquiryId: id }));
    await em.flush();
    // The category's suppliers find it in their inbox at once; the event's job only catches up later changes.
    await this.invitations.sync(em, ctx, id);
    await storeIdempotentResult(em, ctx, input.idempotencyKey, [id]);
    return toInquiryView(inquiry);
  }
}
