import { Module, type Type } from '@nestjs/common';
import { TenancyModule } from '../platform/tenancy/tenancy.module.js';
import { AwardResolver } from './award/award.resolver.js';
import { ChallengeResolver } from './award/challenge.resolver.js';
import { ContractResolver } from './award/contract.resolver.js';
import { EvaluationResolver } from './evaluation/evaluation.resolver.js';
import { EvaluationProgressResolver } from './evaluation/evaluation-progress.js';
import { OcdsController } from './ocds/ocds.controller.js';
import { OcdsResolver } from './ocds/ocds.resolver.js';
import { OversightModule } from './oversight/oversight.module.js';
import { OpeningResolver } from './opening/opening.resolver.js';
import { SealedBidResolver } from './sealing/sealed-bid.resolver.js';
import { SigningKeyResolver } from './sealing/signing-key.resolver.js';
import { TenderModule } from './tender.module.js';
import { TenderNoticeResolver } from './tender-notice.resolver.js';
import { TenderProjectResolver } from './tender-project.resolver.js';
import { MyBidLotsResolver, MyBidLotsService } from './sealing/my-bid-lots.js';

/** The GraphQL face of tendering; only the API loads it. One resolver per line: parallel work merges cleanly. */
const RESOLVERS: Type[] = [
  EvaluationResolver,
  SigningKeyResolver,
  SealedBidResolver,
  OpeningResolver,
  AwardResolver,
  ChallengeResolver,
  ContractResolver,
  OcdsResolver,
  TenderProjectResolver,
  TenderNoticeResolver,
  EvaluationProgressResolver,
  MyBidLotsResolver,
  MyBidLotsService,
];

@Module({ imports: [TenderModule, TenancyModule, OversightModule], providers: RESOLVERS, controllers: [OcdsController] })
export class TenderApiModule {}
