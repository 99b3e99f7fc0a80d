import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import {
  Deposit, DepositRefund, EvaluationPanelMember, FinancingApplication, SourcingInquiry, SourcingInvitation, formatYuan, IntegrityEvent, Listing, MallOrder, NotificationPriority, PriceFinding, Role, TenderBid,
  TenderBidState, TenderLot,
} from '@zhengcai/schema';
import { NOTICE_EVENTS, type NOTIFIED_EVENTS } from '../platform/jobs/job-catalogue.js';
import { decryptionEndsAt } from '../tender/opening/opening-record.js';
import type { TemplateKey } from './notification-templates.js';

/** Who receives a notice: the users of an organisation holding one of the roles, or one user. */
export type Recipient = { organisationId: string; roles: readonly Role[] } | { userId: string };

/** What an event becomes: recipients, the template's variables, and the app page it links to. */
export interface Notice {
  /** Instead of the rule's template, for events that take one of several (reminders). */
  readonly template?: TemplateKey;
  readonly recipients: readonly Recipient[];
  readonly params: Record<string, string>;
  readonly link: string;
}

/** How values read in a notice: language-neutral, in the tenant's time zone. */
export interface NoticeFormat {
  dateTime(at: Date): string;
}

export interface NoticeRule {
  readonly template: TemplateKey;
  readonly priority: NotificationPriority;
  /** Legal deadlines and expert draws: no channel of it can be switched off. */
  readonly mandatory: boolean;
  readonly app: 'storefront' | 'tenant-admin';
  /** Looks the facts up in the event's tenant transaction; null: this event needs no notice. */
  resolve(em: EntityManager, event: Record<string, unknown>, format: NoticeFormat): Promise<Notice | null>;
}

export type NotifiedEventType = keyof typeof NOTICE_EVENTS | (typeof NOTIFIED_EVENTS)[number];

const payloadOf = <E extends keyof typeof NOTICE_EVENTS>(type: E, event: Record<string, unknown>): z.infer<(typeof NOTICE_EVENTS)[E]> =>
  NOTICE_EVENTS[type].parse(event) as z.infer<(typeof NOTICE_EVENTS)[E]>;

const supplierUsers = (organisationId: string): Recipient => ({ organisationId, roles: [Role.Supplier] });
const buyerUsers = (organisationId: string): Recipient => ({ organisationId, roles: [Role.Purchaser, Role.UnitAdmin] });

/**
 * The notification catalogue: each notified event type → its recipients rule, template,
 * priority, mandatory flag and link. Every lookup runs in the event's tenant transaction
 * (row-level security), starting from ids in the payload: a user of another tenant cannot be
 * found, so cannot be notified.
 */
export const NOTIFICATION_CATALOGUE: Readonly<Record<NotifiedEventType, NoticeRule>> = {
  'mall.order.placed': {
    template: 'mall.order.placed', priority: NotificationPriority.High, mandatory: false, app: 'storefront',
    async resolve(em, event, f) {
      const order = await em.findOne(MallOrder, { id: payloadOf('mall.order.placed', event).orderId }, { populate: ['buyer', 'supplier'] });
      if (!order) return null;
      return {
        recipients: [supplierUsers(order.supplier.id)],
        params: { orderNo: order.orderNo, buyerName: order.buyer.name, total: formatYuan(order.totalFen), dueAt: order.dueAt ? f.dateTime(order.dueAt) : '—' },
        link: `/supplier/orders/${order.id}`,
      };
    },
  },
  'mall.order.step-completed': {
    template: 'mall.order.shipped', priority: NotificationPriority.Normal, mandatory: false, app: 'storefront',
    async resolve(em, event) {
      // Only shipping asks the buyer to act (accept); other steps are the supplier's own.
      if (event.step !== 'ship' || typeof event.orderId !== 'string') return null;
      const order = await em.findOne(MallOrder, { id: event.orderId }, { populate: ['supplier'] });
      if (!order) return null;
      return {
        recipients: [buyerUsers(order.buyer.id)],
        params: { orderNo: order.orderNo, supplierName: order.supplier.name, logisticsCompany: order.logisticsCompany ?? '', trackingNo: order.trackingNo ?? '' },
        link: `/orders/${order.id}`,
      };
    },
  },
  'sourcing.inquiry.published': {
    template: 'sourcing.inquiry.published', priority: NotificationPriority.High, mandatory: false, app: 'storefront',
    async resolve(em, event, f) {
      if (typeof event.inquiryId !== 'string') return null;
      const inquiry = await em.findOne(SourcingInquiry, { id: event.inquiryId }, { populate: ['buyer'] });
      // The publication wrote the category's invitations in its own transaction.
      const invited = inquiry ? await em.find(SourcingInvitation, { inquiry }, { fields: ['supplier'] }) : [];
      if (!inquiry || invited.length === 0) return null;
      return {
        recipients: invited.map((i) => supplierUsers(i.supplier.id)),
        params: { title: inquiry.title, buyerName: inquiry.buyer.name, deadline: f.dateTime(inquiry.quoteDeadline) },
        link: `/supplier/inquiries/${inquiry.id}`,
      };
    },
  },
  'oversight.price-finding.raised': {
    template: 'oversight.price-finding.raised', priority: NotificationPriority.High, mandatory: false, app: 'storefront',
    async resolve(em, event, f) {
      const finding = await em.findOne(PriceFinding, { id: payloadOf('oversight.price-finding.raised', event).findingId });
      const listing = finding && (await em.findOne(Listing, { id: finding.listingId }));
      if (!finding || !listing) return null;
      return {
        recipients: [supplierUsers(finding.supplierId)],
        params: { listingTitle: listing.title, deviation: `${(finding.deviationBp / 100).toFixed(2)}%`, dueAt: f.dateTime(finding.dueAt) },
        link: '/supplier/price-findings',
      };
    },
  },
  'tender.lot.opening-started': {
    template: 'tender.lot.opening-started', priority: NotificationPriority.High, mandatory: true, app: 'storefront',
    async resolve(em, event, f) {
      const lot = await em.findOne(TenderLot, { id: payloadOf('tender.lot.opening-started', event).lotId }, { populate: ['project'] });
      if (!lot) return null;
      const bids = await em.find(TenderBid, { lot, state: TenderBidState.Submitted }, { populate: ['supplier'] });
      const ends = decryptionEndsAt(lot);
      return {
        recipients: [...new Set(bids.map((b) => b.supplier.id))].map(supplierUsers),
        params: { projectName: lot.project.title, lotTitle: lot.title, decryptBy: ends ? f.dateTime(ends) : '—' },
        link: `/tender/lots/${lot.id}/opening`,
      };
    },
  },
  'tender.panel.expert-drawn': {
    template: 'tender.panel.expert-drawn', priority: NotificationPriority.High, mandatory: true, app: 'storefront',
    async resolve(em, event) {
      const p = payloadOf('tender.panel.expert-drawn', event);
      const member = await em.findOne(EvaluationPanelMember, { id: p.memberId }, { populate: ['lot', 'lot.project'] });
      if (!member) return null;
      return {
        recipients: [{ userId: member.expert.id }],
        params: { projectName: member.lot.project.title, lotTitle: member.lot.title },
        link: `/expert/panels/${member.lot.id}`,
      };
    },
  },
  'deposits.deposit.refunded': {
    template: 'deposits.deposit.refunded', priority: NotificationPriority.Normal, mandatory: false, app: 'storefront',
    async resolve(em, event) {
      const deposit = await em.findOne(Deposit, { id: payloadOf('deposits.deposit.refunded', event).depositId }, { populate: ['lot'] });
      const refund = deposit && (await em.findOne(DepositRefund, { deposit }, { orderBy: { createdAt: 'desc' } }));
      // Auction registration deposits have no lot; their refund is told in the auction room.
      if (!deposit || !refund || !deposit.lot) return null;
      return { recipients: [supplierUsers(deposit.supplier.id)], params: { lotTitle: deposit.lot.title, amount: formatYuan(refund.totalFen) }, link: '/supplier/deposits' };
    },
  },
  'integrity.event.recorded': {
    template: 'integrity.event.recorded', priority: NotificationPriority.Normal, mandatory: false, app: 'storefront',
    async resolve(em, event) {
      const e = await em.findOne(IntegrityEvent, { id: payloadOf('integrity.event.recorded', event).integrityEventId });
      if (!e) return null;
      return { recipients: [supplierUsers(e.supplierId)], params: { kind: e.kind, points: String(e.points) }, link: '/supplier/integrity' };
    },
  },
  'notifications.reminder.due': {
    template: 'reminder.order_confirm', priority: NotificationPriority.High, mandatory: true, app: 'storefront',
    async resolve(em, event, f): Promise<Notice | null> {
      const p = payloadOf('notifications.reminder.due', event);
      const dueAt = f.dateTime(new Date(p.dueAt));
      if (p.kind === 'order_confirm') {
        const order = await em.findOne(MallOrder, { id: p.subjectId });
        return order && { template: 'reminder.order_confirm', recipients: [supplierUsers(order.supplier.id)], params: { orderNo: order.orderNo, dueAt }, link: `/supplier/orders/${order.id}` };
      }
      if (p.kind === 'price_finding') {
        const finding = await em.findOne(PriceFinding, { id: p.subjectId });
        const listing = finding && (await em.findOne(Listing, { id: finding.listingId }));
        return finding && listing
          ? { template: 'reminder.price_finding', recipients: [supplierUsers(finding.supplierId)], params: { listingTitle: listing.title, dueAt }, link: '/supplier/price-findings' }
          : null;
      }
      const lot = await em.findOne(TenderLot, { id: p.subjectId });
      if (!lot) return null;
      const bids = await em.find(TenderBid, { lot, state: TenderBidState.Submitted }, { populate: ['supplier'] });
      return { template: 'reminder.bid_opening', recipients: [...new Set(bids.map((b) => b.supplier.id))].map(supplierUsers), params: { lotTitle: lot.title, openingAt: dueAt }, link: `/tender/lots/${lot.id}/opening` };
    },
  },
  'financing.application.approved': {
    template: 'financing.application.approved', priority: NotificationPriority.High, mandatory: false, app: 'storefront',
    resolve: (em, event) => financingNotice(em, payloadOf('financing.application.approved', event).applicationId),
  },
  'financing.application.rejected': {
    template: 'financing.application.rejected', priority: NotificationPriority.Normal, mandatory: false, app: 'storefront',
    resolve: (em, event) => financingNotice(em, payloadOf('financing.application.rejected', event).applicationId),
  },
};

/** The lender's answer to a supplier's financing application, told to the supplier. */
async function financingNotice(em: EntityManager, applicationId: string): Promise<Notice | null> {
  const app = await em.findOne(FinancingApplication, { id: applicationId }, { populate: ['lender'] });
  if (!app) return null;
  return {
    recipients: [supplierUsers(app.supplier.id)],
    params: { contractNo: app.contractNo, lenderName: app.lender.name, amount: formatYuan(app.lenderAmountFen ?? app.amountFen), reason: app.lenderReason ?? '—' },
    link: '/supplier/financing',
  };
}

export function noticeRule(eventType: string): NoticeRule | undefined {
  return Object.hasOwn(NOTIFICATION_CATALOGUE, eventType) ? NOTIFICATION_CATALOGUE[eventType as NotifiedEventType] : undefined;
}
