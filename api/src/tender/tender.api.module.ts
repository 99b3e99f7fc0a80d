import { Module, type Type } from '@nestjs/common';
import { EvaluationResolver } from './evaluation/evaluation.resolver.js';
import { TenderModule } from './tender.module.js';

/** The GraphQL face of tendering; only the API loads it. One resolver per line: parallel work merges cleanly. */
const RESOLVERS: Type[] = [
  EvaluationResolver,
];

@Module({ imports: [TenderModule], providers: RESOLVERS })
export class TenderApiModule {}
