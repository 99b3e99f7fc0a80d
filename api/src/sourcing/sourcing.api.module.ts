import { Module, type Type } from '@nestjs/common';
import { DepositsModule } from '../deposits/deposits.module.js';
import { AuctionResolver } from './auction/auction.resolver.js';
import { InquiryResolver } from './inquiry.resolver.js';
import { SourcingModule } from './sourcing.module.js';

/** The GraphQL face of sourcing; only the API loads it. One resolver per line: parallel work merges cleanly. */
const RESOLVERS: Type[] = [
  InquiryResolver,
  AuctionResolver,
];

@Module({ imports: [SourcingModule, DepositsModule], providers: RESOLVERS })
export class SourcingApiModule {}
