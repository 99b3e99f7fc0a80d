import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  integrityBlockOf,
  type BudgetLine, type DeliveryAddress, formatYuan, isUuid, Listing, ListingState, MallOrder, MallOrderLine, OrderDeadlineKind, OrderState,
  newId, parseTenantSettings, PolicyTag, Tenant, type TenantContext, type TenantSettings,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { AppError } from '../../platform/errors/app-error.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { ProblemList } from '../../catalog/problems.js';
import { listingChanged } from '../../catalog/listings/listing-events.js';
import { BudgetLedger } from '../budgets/budget-ledger.js';
import { checkIdempotencyKey, requestFingerprint } from '../../platform/idempotency/idempotency-key.js';
import { claimIdempotencyKey, storeIdempotentResult } from './idempotency.js';
import {
  checkAddress, checkQuantity, type CheckoutCartInput, MAX_CART_ITEMS, type OrderItemInput, type PlaceOrderInput, regionCovers,
} from './order-input.js';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { checkDirectOrderLimit } from './purchase-route.js';
import { loadOrderView, recordOrderEvent } from './order-records.js';
import type { OrderView } from './order-view.js';

/** A request to buy, after its input was checked: items with the field path each error names. */
interface Purchase {
  items: (OrderItemInput & { field: (name: string) => string })[];
  budgetLineId: string;
  deliveryAddress: DeliveryAddress;
  idempotencyKey: string;
  /** Where an error about the whole order points (quantity for a single order). */
  orderField: (itemIndex: number) => string;
}

/**
 * One-click order (一键下单) and cart checkout: in one transaction, every rule checked, one
 * order per supplier created, budget frozen and stock taken — or nothing written at all.
 */
@Injectable()
export class OrderPlacementService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
  ) {}

  async placeOrder(ctx: TenantContext, input: PlaceOrderInput): Promise<OrderView> {
    const problems = new ProblemList();
    checkQuantity(problems, 'quantity', input.quantity);
    const deliveryAddress = checkAddress(problems, input.deliveryAddress);
    problems.throwIfAny();
    checkIdempotencyKey(input.idempotencyKey);
    const item = { listingId: input.listingId, quantity: input.quantity, expectedUnitPrice: input.expectedUnitPrice };
    const [order] = await this.place(ctx, 'placeOrder', {
      items: [{ ...item, field: (name) => name }],
      budgetLineId: input.budgetLineId, deliveryAddress, idempotencyKey: input.idempotencyKey,
      orderField: () => 'quantity',
    });
    return order;
  }

  checkoutCart(ctx: TenantContext, input: CheckoutCartInput): Promise<OrderView[]> {
    const problems = new ProblemList();
    if (input.items.length === 0) problems.add('items', 'CART_EMPTY');
    if (input.items.length > MAX_CART_ITEMS) problems.add('items', 'CART_TOO_MANY_ITEMS', { max: MAX_CART_ITEMS });
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      checkQuantity(problems, `items[${i}].quantity`, item.quantity);
      if (seen.has(item.listingId)) problems.add(`items[${i}].listingId`, 'CART_DUPLICATE_LISTING');
      seen.add(item.listingId);
    });
    const deliveryAddress = checkAddress(problems, input.deliveryAddress);
    problems.throwIfAny();
    checkIdempotencyKey(input.idempotencyKey);
    return this.place(ctx, 'checkoutCart', {
      items: input.items.map((item, i) => ({ listingId: item.listingId, quantity: item.quantity, expectedUnitPrice: item.expectedUnitPrice, field: (name: string) => `items[${i}].${name}` })),
      budgetLineId: input.budgetLineId, deliveryAddress, idempotencyKey: input.idempotencyKey,
      orderField: (i) => `items[${i}].quantity`,
    });
  }

  private place(ctx: TenantContext, operation: string, p: Purchase): Promise<OrderView[]> {
    if (!ctx.userId || !ctx.organisationId) return Promise.reject(new AppError('AUTHENTICATION_REQUIRED'));
    const print = requestFingerprint(operation, {
      items: p.items.map((i) => ({ listingId: i.listingId, quantity: i.quantity, expectedUnitPrice: formatYuan(i.expectedUnitPrice) })),
      budgetLineId: p.budgetLineId, deliveryAddress: p.deliveryAddress,
    });
    return this.db.transaction(ctx, async (em, tx) => {
      const claim = await claimIdempotencyKey(em, ctx, p.idempotencyKey, print);
      if (claim.kind === 'replay') {
        const orders = await em.find(MallOrder, { id: { $in: claim.orderIds } }, { orderBy: { orderNo: 'asc' } });
        return Promise.all(orders.map((o) => loadOrderView(em, o)));
      }
      const now = new Date();
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const settings = parseTenantSettings(tenant.settings);
      const today = localDateOf(now, tenant.timeZone);

      const line = await this.ledger.lock(em, p.budgetLineId);
      // Another unit's line is as unknown to the caller as another tenant's.
      if (line.unit.id !== ctx.organisationId) throw new AppError('BUDGET_LINE_NOT_FOUND', { field: 'budgetLineId' });
      const year = Number(today.slice(0, 4));
      if (line.fiscalYear !== year) throw new AppError('BUDGET_LINE_NOT_CURRENT_YEAR', { fiscalYear: line.fiscalYear, year, field: 'budgetLineId' });

      const listings = await lockListings(em, p.items.map((i) => i.listingId));
      const bySupplier = new Map<string, { index: number; item: Purchase['items'][number]; listing: Listing }[]>();
      p.items.forEach((item, index) => {
        const listing = listings.get(item.listingId);
        checkItem(item, listing, p.deliveryAddress, today);
        const group = bySupplier.get(listing!.supplier.id) ?? [];
        group.push({ index, item, listing: listing! });
        bySupplier.set(listing!.supplier.id, group);
      });

      const orders: MallOrder[] = [];
      for (const group of bySupplier.values()) {
        const totalFen = group.reduce((sum, g) => sum + g.listing.priceFen * BigInt(g.item.quantity), 0n);
        checkDirectOrderLimit(totalFen, settings.purchaseRoutes, p.orderField(group[0].index));
        orders.push(await this.createOrder(em, ctx, tx, { line, group, totalFen, address: p.deliveryAddress, settings, now, year }));
      }
      await storeIdempotentResult(em, ctx, p.idempotencyKey, orders.map((o) => o.id));
      return Promise.all(orders.map((o) => loadOrderView(em, o)));
    });
  }

  private async createOrder(
    em: EntityManager, ctx: TenantContext, tx: TxEffects,
    o: { line: BudgetLine; group: { item: OrderItemInput; listing: Listing }[]; totalFen: bigint; address: DeliveryAddress; settings: TenantSettings; now: Date; year: number },
  ): Promise<MallOrder> {
    const id = newId();
    this.ledger.freeze(em, ctx, o.line, o.totalFen, id);
    const order = em.create(MallOrder, {
      // The deadline first: the counter row is locked until commit, so it is taken as late as possible.
      dueKind: OrderDeadlineKind.Confirm, dueAt: await workingDeadline(em, ctx.tenantId, o.now, o.settings.mall.confirmWorkingDays),
      id, tenantId: ctx.tenantId, orderNo: await nextOrderNo(em, ctx, o.year), buyer: o.line.unit, buyerUserId: ctx.userId!,
      supplier: o.group[0].listing.supplier, budgetLine: o.line, state: OrderState.Placed, totalFen: o.totalFen, deliveryAddress: o.address,
      createdAt: o.now, updatedAt: o.now,
    });
    for (const { item, listing } of o.group) {
      em.create(MallOrderLine, { tenantId: ctx.tenantId, order, listing, title: listing.title, unitPriceFen: listing.priceFen, quantity: item.quantity });
      listing.stock -= item.quantity;
      listing.updatedAt = o.now;
      // Stock is in the search document.
      tx.publish(listingChanged(listing.id));
    }
    recordOrderEvent(em, ctx, order, null, 'place');
    // The supplier is told to confirm (docs/notifications.md).
    tx.publish(domainEvent('mall.order.placed', { orderId: order.id }));
    tx.audit({
      action: 'mall.order.place', subjectType: 'order', subjectId: order.id,
      change: {
        orderNo: order.orderNo, supplierId: order.supplier.id, budgetLineId: o.line.id, total: formatYuan(o.totalFen),
        lines: o.group.map(({ item, listing }) => ({ listingId: listing.id, quantity: item.quantity, unitPrice: formatYuan(listing.priceFen) })),
      },
    });
    await em.flush();
    return order;
  }
}

/**
 * Listings locked in id order, so that two carts sharing listings cannot deadlock. Only the
 * listing rows are locked: an ORM lock with the supplier and category populated would lock
 * their rows too and make every order of a supplier or category wait for the one before.
 */
async function lockListings(em: EntityManager, ids: string[]): Promise<Map<string, Listing>> {
  const valid = [...new Set(ids.filter(isUuid))].sort();
  if (valid.length === 0) return new Map();
  await em.execute(`select id from listing where id in (${valid.map(() => '?').join(', ')}) order by id for update`, valid);
  const listings = await em.find(Listing, { id: { $in: valid } }, { refresh: true, populate: ['supplier', 'category'] });
  return new Map(listings.map((l) => [l.id, l]));
}

function checkItem(item: Purchase['items'][number], listing: Listing | undefined, address: DeliveryAddress, today: string): void {
  if (!listing || listing.state !== ListingState.Approved) throw new AppError('LISTING_NOT_ON_SALE', { field: item.field('listingId') });
  if (listing.priceFen !== item.expectedUnitPrice) {
    const current = formatYuan(listing.priceFen);
    throw new AppError('PRICE_CHANGED', { expected: formatYuan(item.expectedUnitPrice), current, field: item.field('expectedUnitPrice') }, { currentPrice: current });
  }
  if (listing.stock < item.quantity) throw new AppError('OUT_OF_STOCK', { stock: listing.stock, field: item.field('quantity') }, { stock: String(listing.stock) });
  if (integrityBlockOf(listing.supplier)) throw new AppError('ORDER_SUPPLIER_BLOCKED', { field: item.field('listingId') });
  if (listing.deliveryRegionCodes.length && !listing.deliveryRegionCodes.some((r) => regionCovers(r, address.regionCode))) {
    throw new AppError('REGION_NOT_DELIVERED', { region: address.regionCode, field: 'deliveryAddress.regionCode' });
  }
  // Certificates can expire after approval: a mandatory energy-saving product needs one valid today.
  if (listing.category.energySavingMandatory && !listing.policyTags.some((t) => t.tag === PolicyTag.EnergySaving && t.validUntil !== null && t.validUntil >= today)) {
    throw new AppError('ENERGY_SAVING_CERTIFICATE_INVALID', { category: `${listing.category.code} ${listing.category.name}`, field: item.field('listingId') });
  }
}

/** `DD` + year + six digits, per tenant: the counter row serialises numbering within a tenant. */
export async function nextOrderNo(em: EntityManager, ctx: TenantContext, year: number): Promise<string> {
  const [row] = await em.execute<{ last: number }[]>(
    `insert into mall_order_counter (id, tenant_id, year, last) values (?, ?, ?, 1)
     on conflict (tenant_id, year) do update set last = mall_order_counter.last + 1 returning last`,
    [newId(), ctx.tenantId, year],
  );
  return `DD${year}${String(row.last).padStart(6, '0')}`;
}
