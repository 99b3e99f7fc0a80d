import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InquiryState, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { AppError } from '../platform/errors/app-error.js';
import { InquiryAwardService } from './inquiry-award.service.js';
import { InquiryCloseService } from './inquiry-close.service.js';
import { toInquiryType, toInvitationType, toQuoteType } from './inquiry-graphql.js';
import { InquiryQueries } from './inquiry.queries.js';
import { InquiryService } from './inquiry.service.js';
import { InquiryInvitationType, InquiryQuoteType, InquiryStateEnum, InquiryType, PublishInquiryInput, SubmitInquiryQuoteInput } from './inquiry.types.js';
import { QuoteService } from './quote.service.js';

const idArg = () => Args('id', { type: () => ID });
const inquiryIdArg = () => Args('inquiryId', { type: () => ID });
const quoteIdArg = () => Args('quoteId', { type: () => ID });

@Resolver(() => InquiryType)
export class InquiryResolver {
  constructor(
    private readonly publishing: InquiryService,
    private readonly closing: InquiryCloseService,
    private readonly awards: InquiryAwardService,
    private readonly quoting: QuoteService,
    private readonly queries: InquiryQueries,
  ) {}

  @Roles(Role.Purchaser, Role.UnitAdmin, Role.Finance)
  @Query(() => [InquiryType], { description: "Online inquiries, newest first (up to 200): the unit's own; all of the province for finance." })
  async inquiries(@CurrentTenant() ctx: TenantContext, @Args('state', { type: () => InquiryStateEnum, nullable: true }) state?: InquiryState | null) {
    return (await this.queries.list(ctx, state)).map((v) => toInquiryType(v, ctx));
  }

  @Roles(Role.Purchaser, Role.UnitAdmin, Role.Finance, Role.Supplier)
  @Query(() => InquiryType, { description: 'One inquiry: the notice (询价公告) for suppliers, the whole of it for its unit and finance.' })
  async inquiry(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toInquiryType(await this.queries.get(ctx, id), ctx);
  }

  @Roles(Role.Purchaser, Role.UnitAdmin, Role.Finance, Role.Supplier)
  @Query(() => [InquiryQuoteType], { description: 'The comparison (比价) of every quote, lowest valid first; INQUIRY_QUOTES_HIDDEN until the inquiry is closed at its deadline.' })
  async inquiryQuotes(@CurrentTenant() ctx: TenantContext, @inquiryIdArg() inquiryId: string) {
    const quotes = await this.queries.quotes(ctx, inquiryId);
    const inquiry = await this.queries.get(ctx, inquiryId);
    const recommended = inquiry.state === InquiryState.Closed ? quotes.find((q) => q.rank != null && !q.passedOverReason)?.id : inquiry.awardedQuoteId;
    return quotes.map((q) => toQuoteType(q, recommended));
  }

  @Roles(Role.Supplier)
  @Query(() => InquiryQuoteType, { description: "Your own quote for an inquiry (QUOTE_NOT_FOUND before you quote); nobody else's." })
  async myInquiryQuote(@CurrentTenant() ctx: TenantContext, @inquiryIdArg() inquiryId: string) {
    const quote = await this.queries.myQuote(ctx, inquiryId);
    if (!quote) throw new AppError('QUOTE_NOT_FOUND', { field: 'inquiryId' });
    return toQuoteType(quote);
  }

  @Roles(Role.Supplier)
  @Query(() => [InquiryInvitationType], { description: 'Your inbox of inquiries (invited for your category, or quoted), newest first.' })
  async inquiryInvitations(@CurrentTenant() ctx: TenantContext) {
    return (await this.queries.invitations(ctx)).map((v) => toInvitationType(v, ctx));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Publishes an online inquiry; its budget is frozen on the budget line. Idempotent by idempotencyKey.' })
  async publishInquiry(@CurrentTenant() ctx: TenantContext, @Args('input') input: PublishInquiryInput) {
    return toInquiryType(await this.publishing.publish(ctx, input), ctx);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Cancels your inquiry before its deadline, with a reason; the budget is released.' })
  async cancelInquiry(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toInquiryType(await this.publishing.cancel(ctx, id, reason), ctx);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Closes your inquiry once its deadline has passed (the minute sweep does it too); idempotent.' })
  async closeInquiry(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toInquiryType(await this.closing.closeNow(ctx, id), ctx);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Awards the recommended quote: the mall order is placed with the supplier, and the budget beyond its total released.' })
  async awardInquiry(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @quoteIdArg() quoteId: string) {
    return toInquiryType(await this.awards.award(ctx, id, quoteId), ctx);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Passes over the recommended quote with a reason; the next valid one is recommended, or the inquiry fails.' })
  async passOverInquiryQuote(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @quoteIdArg() quoteId: string, @Args('reason') reason: string) {
    return toInquiryType(await this.awards.passOver(ctx, id, quoteId, reason), ctx);
  }

  @Roles(Role.Purchaser)
  @Mutation(() => InquiryType, { description: 'Publishes a failed inquiry again with a new deadline (once); idempotent by idempotencyKey.' })
  async relaunchInquiry(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('quoteDeadline') quoteDeadline: Date, @Args('idempotencyKey') idempotencyKey: string) {
    return toInquiryType(await this.publishing.relaunch(ctx, id, quoteDeadline, idempotencyKey), ctx);
  }

  @Roles(Role.Supplier)
  @Mutation(() => InquiryQuoteType, { description: 'Submits or changes your quote until the deadline; a retry with the same idempotencyKey returns the same quote.' })
  async submitInquiryQuote(@CurrentTenant() ctx: TenantContext, @Args('input') input: SubmitInquiryQuoteInput) {
    return toQuoteType(await this.quoting.submit(ctx, input));
  }
}
