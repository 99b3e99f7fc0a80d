import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { clientIpOf, CurrentTenant, type GqlContext } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { BidSubmissionService } from './bid-submission.service.js';
import type { BidView } from './bid-view.js';
import { ReceiptKeys } from './receipt-keys.js';
import { PlatformReceiptKeyType, SealedBidType, SubmitBidInput } from './sealed-bid.types.js';

export const toSealedBidType = (v: BidView): SealedBidType => ({ ...v, price: v.priceFen, receipt: { ...v.receipt, signature: v.receiptSignature } });

@Resolver(() => SealedBidType)
export class SealedBidResolver {
  constructor(private readonly bids: BidSubmissionService, private readonly receipts: ReceiptKeys) {}

  @Roles(Role.Supplier)
  @Query(() => [SealedBidType], { description: "Your organisation's bids (every version), newest first; optionally for one lot." })
  async myBids(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID, nullable: true }) lotId?: string | null) {
    return (await this.bids.mine(ctx, lotId)).map(toSealedBidType);
  }

  @Public()
  @Query(() => PlatformReceiptKeyType, { description: "The tenant's public key that signs bid receipts." })
  platformReceiptKey(@CurrentTenant() ctx: TenantContext) {
    return this.receipts.publicKey(ctx);
  }

  @Roles(Role.Supplier)
  @Mutation(() => SealedBidType, { description: 'Submits a bid sealed in the browser before the deadline (server time); a second submission replaces the first. Returns the signed receipt. Idempotent by idempotencyKey.' })
  async submitBid(@CurrentTenant() ctx: TenantContext, @Args('input') input: SubmitBidInput, @Context() gql: GqlContext) {
    // The storefront sends a device id it keeps in local storage; recorded for same-origin signals.
    const device = gql.req.get('x-device-id')?.trim();
    return toSealedBidType(await this.bids.submit(ctx, input, { ip: clientIpOf(gql), deviceId: device && /^[\x21-\x7e]{1,128}$/.test(device) ? device : null }));
  }

  @Roles(Role.Supplier)
  @Mutation(() => SealedBidType, { description: 'Withdraws your sealed bid before the deadline.' })
  async withdrawBid(@CurrentTenant() ctx: TenantContext, @Args('bidId', { type: () => ID }) bidId: string) {
    return toSealedBidType(await this.bids.withdraw(ctx, bidId));
  }
}
