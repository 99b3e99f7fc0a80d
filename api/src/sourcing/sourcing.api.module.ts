import { Module } from '@nestjs/common';
import { InquiryResolver } from './inquiry.resolver.js';
import { SourcingModule } from './sourcing.module.js';

/** The GraphQL face of sourcing; only the API loads it. */
@Module({
  imports: [SourcingModule],
  providers: [
    InquiryResolver,
  ],
})
export class SourcingApiModule {}
