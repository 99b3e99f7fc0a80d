import { Module } from '@nestjs/common';
import { DepositsModule } from '../deposits/deposits.module.js';
import { MallModule } from '../mall/mall.module.js';
import { LiveModule } from '../platform/live/redis-feed.js';
import { AuctionAnnouncer } from './auction/auction-announcer.js';
import { AuctionCloseService } from './auction/auction-close.service.js';
import { AuctionQueries } from './auction/auction.queries.js';
import { AuctionRoom } from './auction/auction-room.js';
import { AuctionService } from './auction/auction.service.js';
import { AuctionSweepService } from './auction/auction-sweep.service.js';
import { AwardOrderService } from './award-order.js';
import { InquiryAwardService } from './inquiry-award.service.js';
import { InquiryCloseService } from './inquiry-close.service.js';
import { InquiryQueries } from './inquiry.queries.js';
import { InquiryService } from './inquiry.service.js';
import { InvitationsService } from './invitations.service.js';
import { QuoteService } from './quote.service.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  AwardOrderService,
  InquiryService,
  QuoteService,
  InquiryCloseService,
  InquiryAwardService,
  InquiryQueries,
  InvitationsService,
  AuctionAnnouncer,
  AuctionService,
  AuctionQueries,
  AuctionRoom,
  AuctionSweepService,
  AuctionCloseService,
];

/** Sourcing (在线询价, 竞价): online inquiries, auctions and their awards as mall orders, shared by the API and the workers. */
@Module({ imports: [MallModule, DepositsModule, LiveModule], providers: SERVICES, exports: SERVICES })
export class SourcingModule {}
