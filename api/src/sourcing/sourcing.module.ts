import { Module } from '@nestjs/common';
import { DepositsModule } from '../deposits/deposits.module.js';
import { LiveModule } from '../platform/live/redis-feed.js';
import { AuctionAnnouncer } from './auction/auction-announcer.js';
import { AuctionCloseService } from './auction/auction-close.service.js';
import { AuctionQueries } from './auction/auction.queries.js';
import { AuctionRoom } from './auction/auction-room.js';
import { AuctionService } from './auction/auction.service.js';
import { AuctionSweepService } from './auction/auction-sweep.service.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  AuctionAnnouncer,
  AuctionService,
  AuctionQueries,
  AuctionRoom,
  AuctionSweepService,
  AuctionCloseService,
];

/** Sourcing (在线询价, 竞价): online inquiries and auctions, shared by the API and the workers. */
@Module({ imports: [DepositsModule, LiveModule], providers: SERVICES, exports: SERVICES })
export class SourcingModule {}
