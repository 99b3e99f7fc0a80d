import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { FileDownloadType } from '../../catalog/bulk-upload/listing-upload.types.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { ordersWorkbook } from './order-export.js';
import { OrderFulfilmentService } from './order-fulfilment.service.js';
import { toOrderType } from './order-graphql.js';
import { OrderPlacementService } from './order-placement.service.js';
import { OrderQueries } from './order.queries.js';
import {
  AcceptOrderInput, CheckoutCartInput, InvoiceOrderInput, OrderConnection, OrderFilterInput, OrdersArgs, OrderType, PlaceOrderInput, ShipOrderInput,
} from './order.types.js';

const ORDER_READERS = [Role.Purchaser, Role.UnitAdmin, Role.Supplier, Role.Finance];
const idArg = () => Args('id', { type: () => ID });

@Resolver(() => OrderType)
export class OrderResolver {
  constructor(
    private readonly queries: OrderQueries,
    private readonly placement: OrderPlacementService,
    private readonly fulfilment: OrderFulfilmentService,
  ) {}

  @Roles(...ORDER_READERS)
  @Query(() => OrderConnection, { description: "Orders, newest first: a purchasing unit's own, a supplier's incoming, all of the province for finance." })
  async orders(@CurrentTenant() ctx: TenantContext, @Args() args: OrdersArgs) {
    const page = await this.queries.list(ctx, args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toOrderType(e.node) })), nodes: page.nodes.map(toOrderType) };
  }

  @Roles(...ORDER_READERS)
  @Query(() => OrderType, { description: 'One order with its lines and timeline.' })
  async order(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toOrderType(await this.queries.get(ctx, id));
  }

  @Roles(Role.Finance)
  @Query(() => FileDownloadType, { description: 'The filtered orders as an .xlsx file (up to 10,000).' })
  async ordersExport(@CurrentTenant() ctx: TenantContext, @Args('filter', { type: () => OrderFilterInput, nullable: true }) filter?: OrderFilterInput | null) {
    const content = await ordersWorkbook(await this.queries.forExport(ctx, filter ?? {}), ctx.locale);
    return { fileName: '订单导出.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }

  @Roles(Role.Purchaser)
  @Mutation(() => OrderType, { description: 'One-click order (一键下单) of one listing, against a budget line of the current year. Idempotent by idempotencyKey.' })
  async placeOrder(@CurrentTenant() ctx: TenantContext, @Args('input') input: PlaceOrderInput) {
    return toOrderType(await this.placement.placeOrder(ctx, input));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => [OrderType], { description: 'Checks out a cart: one order per supplier, all or nothing. Idempotent by idempotencyKey.' })
  async checkoutCart(@CurrentTenant() ctx: TenantContext, @Args('input') input: CheckoutCartInput) {
    return (await this.placement.checkoutCart(ctx, input)).map(toOrderType);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => OrderType, { description: 'Cancels your order before the supplier confirms it; budget and stock return.' })
  async cancelOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason', { type: () => String, nullable: true }) reason?: string | null) {
    return toOrderType(await this.fulfilment.cancel(ctx, id, reason));
  }

  @Roles(Role.Supplier)
  @Mutation(() => OrderType, { description: 'Confirms an incoming order; the shipping deadline starts.' })
  async confirmOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toOrderType(await this.fulfilment.confirm(ctx, id));
  }

  @Roles(Role.Supplier)
  @Mutation(() => OrderType, { description: 'Rejects an incoming order with a reason; budget and stock return.' })
  async rejectOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toOrderType(await this.fulfilment.reject(ctx, id, reason));
  }

  @Roles(Role.Supplier)
  @Mutation(() => OrderType, { description: 'Ships a confirmed order (logistics company and tracking number).' })
  async shipOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('input') input: ShipOrderInput) {
    return toOrderType(await this.fulfilment.ship(ctx, id, input));
  }

  @Roles(Role.Supplier, Role.Purchaser)
  @Mutation(() => OrderType, { description: "Marks a shipped order delivered (supplier or buyer); the buyer's acceptance deadline starts." })
  async markOrderDelivered(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toOrderType(await this.fulfilment.markDelivered(ctx, id, ctx.roles.includes(Role.Supplier) ? 'supplier' : 'buyer'));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => OrderType, { description: '履约验收: the accepted quantity of every line; the accepted amount becomes payable, the rest of the budget is released.' })
  async acceptOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('input') input: AcceptOrderInput) {
    return toOrderType(await this.fulfilment.accept(ctx, id, input.lines, input.note));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => OrderType, { description: 'Refuses acceptance with a reason; the order goes back to SHIPPED for redelivery.' })
  async refuseOrderAcceptance(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toOrderType(await this.fulfilment.refuseAcceptance(ctx, id, reason));
  }

  @Roles(Role.Supplier)
  @Mutation(() => OrderType, { description: 'Enters the invoice of an accepted order; its amount must equal the accepted amount.' })
  async invoiceOrder(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('input') input: InvoiceOrderInput) {
    return toOrderType(await this.fulfilment.invoice(ctx, id, input));
  }
}
