import { Module } from '@nestjs/common';
import { MallModule } from '../mall/mall.module.js';
import { AwardOrderService } from './award-order.js';
import { InquiryAwardService } from './inquiry-award.service.js';
import { InquiryCloseService } from './inquiry-close.service.js';
import { InquiryQueries } from './inquiry.queries.js';
import { InquiryService } from './inquiry.service.js';
import { InvitationsService } from './invitations.service.js';
import { QuoteService } from './quote.service.js';

const SERVICES = [
  AwardOrderService,
  InquiryService,
  QuoteService,
  InquiryCloseService,
  InquiryAwardService,
  InquiryQueries,
  InvitationsService,
];

/** Sourcing services (online inquiry, award → mall order), shared by the API and the workers. */
@Module({ imports: [MallModule], providers: SERVICES, exports: SERVICES })
export class SourcingModule {}
