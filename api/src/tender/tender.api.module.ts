import { Module, type Type } from '@nestjs/common';
import { EvaluationResolver } from './evaluation/evaluation.resolver.js';
import { TenderModule } from './tender.module.js';
import { SigningKeyResolver } from './sealing/signing-key.resolver.js';
import { SealedBidResolver } from './sealing/sealed-bid.resolver.js';
import { OpeningResolver } from './opening/opening.resolver.js';

/** The GraphQL face of tendering; only the API loads it. One resolver per line: parallel work merges cleanly. */
const RESOLVERS: Type[] = [
  EvaluationResolver,
  SigningKeyResolver,
  SealedBidResolver,
  OpeningResolver,
];

@Module({ imports: [TenderModule], providers: RESOLVERS })
export class TenderApiModule {}
