import { Module, type Type } from '@nestjs/common';
import { TenderModule } from './tender.module.js';
import { TenderNoticeResolver } from './tender-notice.resolver.js';
import { TenderProjectResolver } from './tender-project.resolver.js';

/** The GraphQL face of tendering; only the API loads it. One resolver per line: parallel work merges cleanly. */
const RESOLVERS: Type[] = [
  TenderProjectResolver,
  TenderNoticeResolver,
];

@Module({ imports: [TenderModule], providers: RESOLVERS })
export class TenderApiModule {}
