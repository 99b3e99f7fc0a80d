import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { SealedBidType } from '../sealing/sealed-bid.types.js';
import { toSealedBidType } from '../sealing/sealed-bid.resolver.js';
import { OpeningService } from './opening.service.js';
import { OpeningRecordType, toOpeningRecordType } from './opening.types.js';
import type { OpeningRecord } from './opening-record.js';

const lotIdArg = () => Args('lotId', { type: () => ID });

@Resolver(() => OpeningRecordType)
export class OpeningResolver {
  constructor(private readonly opening: OpeningService) {}

  @Public()
  @Query(() => OpeningRecordType, { description: '开标记录 of a lot: public, builds as bids are decrypted.' })
  async openingRecord(@CurrentTenant() ctx: TenantContext, @lotIdArg() lotId: string) {
    return toOpeningRecordType(await this.opening.record(ctx, lotId));
  }

  @Public()
  @Subscription(() => OpeningRecordType, {
    description: 'The opening record now, then after every change (graphql-ws; guests may watch; bidders send their token in the connection params).',
    resolve: (payload: { openingRecordChanged: OpeningRecord }) => toOpeningRecordType(payload.openingRecordChanged),
  })
  openingRecordChanged(@CurrentTenant() ctx: TenantContext, @lotIdArg() lotId: string) {
    return wrap(this.opening.watch(ctx, lotId));
  }

  @Roles(Role.Supplier)
  @Mutation(() => SealedBidType, { description: 'At the opening: releases the bid key you unwrapped in your browser; the platform decrypts and verifies your bid.' })
  async releaseBidKey(@CurrentTenant() ctx: TenantContext, @Args('bidId', { type: () => ID }) bidId: string, @Args('key') key: string) {
    return toSealedBidType(await this.opening.releaseKey(ctx, bidId, key));
  }

  @Roles(Role.Agency, Role.Purchaser)
  @Mutation(() => OpeningRecordType, { description: 'Concludes the opening (the buyer or its agency): bids still sealed become not decrypted; too few opened bids fail the lot.' })
  async concludeOpening(@CurrentTenant() ctx: TenantContext, @lotIdArg() lotId: string) {
    return toOpeningRecordType(await this.opening.conclude(ctx, lotId));
  }
}

async function* wrap(records: AsyncGenerator<OpeningRecord>): AsyncGenerator<{ openingRecordChanged: OpeningRecord }> {
  try {
    for await (const record of records) yield { openingRecordChanged: record };
  } finally {
    await records.return(undefined);
  }
}
