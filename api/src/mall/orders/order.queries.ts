import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, MallOrder, type OrderState, Role, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { loadOrderView } from './order-records.js';
import { toOrderView, type OrderView } from './order-view.js';

export interface OrderFilter {
  state?: OrderState | null;
  supplierId?: string | null;
  buyerId?: string | null;
  /** Placed at or after. */
  from?: Date | null;
  /** Placed before. */
  to?: Date | null;
}

export const EXPORT_MAX_ROWS = 10_000;

/**
 * Who sees which orders: the finance department all of its tenant; a purchasing unit its own;
 * a supplier those placed with it. Anyone else sees none.
 */
export function visibleOrders(ctx: TenantContext): FilterQuery<MallOrder> | null {
  if (ctx.roles.includes(Role.Finance)) return {};
  if (ctx.roles.includes(Role.Purchaser) || ctx.roles.includes(Role.UnitAdmin)) return { buyer: ctx.organisationId };
  if (ctx.roles.includes(Role.Supplier)) return { supplier: ctx.organisationId };
  return null;
}

@Injectable()
export class OrderQueries {
  constructor(private readonly db: TenantDb) {}

  get(ctx: TenantContext, id: string): Promise<OrderView> {
    const scope = visibleOrders(ctx);
    if (!isUuid(id) || !scope) return Promise.reject(new AppError('ORDER_NOT_FOUND'));
    return this.db.transaction(ctx, async (em) => {
      const order = await em.findOne(MallOrder, { $and: [{ id }, scope] });
      if (!order) throw new AppError('ORDER_NOT_FOUND');
      return loadOrderView(em, order);
    });
  }

  /** Newest first, keyset-paged on (placed at, id). */
  list(ctx: TenantContext, filter: OrderFilter, page: PageRequest): Promise<Connection<OrderView>> {
    const first = pageSize(page);
    let after: FilterQuery<MallOrder> = {};
    if (page.after) {
      const [at, id] = decodeCursor(page.after, 2);
      const when = new Date(String(at));
      if (!isUuid(String(id)) || Number.isNaN(when.getTime())) throw new AppError('INVALID_CURSOR');
      after = { $or: [{ createdAt: { $lt: when } }, { createdAt: when, id: { $lt: String(id) } }] };
    }
    return this.db.transaction(ctx, async (em) => {
      const rows = await this.find(em, ctx, filter, after, first + 1);
      return toConnection(rows, first, (o) => [o.createdAt.toISOString(), o.id], (o) => toOrderView(o));
    });
  }

  /** Every order of the filter (up to the export cap), with lines, for the spreadsheet export. */
  forExport(ctx: TenantContext, filter: OrderFilter): Promise<OrderView[]> {
    return this.db.snapshot(ctx, async (em) => {
      const rows = await this.find(em, ctx, filter, {}, EXPORT_MAX_ROWS + 1);
      if (rows.length > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE', { max: EXPORT_MAX_ROWS });
      return Promise.all(rows.map((o) => loadOrderView(em, o)));
    });
  }

  private find(em: EntityManager, ctx: TenantContext, filter: OrderFilter, after: FilterQuery<MallOrder>, limit: number) {
    const scope = visibleOrders(ctx);
    if (!scope) return Promise.resolve([]);
    for (const id of [filter.supplierId, filter.buyerId]) if (id && !isUuid(id)) return Promise.resolve([]);
    const where: FilterQuery<MallOrder>[] = [scope, after];
    if (filter.state) where.push({ state: filter.state });
    if (filter.supplierId) where.push({ supplier: filter.supplierId });
    if (filter.buyerId) where.push({ buyer: filter.buyerId });
    if (filter.from) where.push({ createdAt: { $gte: filter.from } });
    if (filter.to) where.push({ createdAt: { $lt: filter.to } });
    return em.find(MallOrder, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit, populate: ['buyer', 'supplier', 'budgetLine'] });
  }
}
