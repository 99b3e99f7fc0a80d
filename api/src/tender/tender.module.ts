import { Module, type OnModuleInit } from '@nestjs/common';
import { MallModule } from '../mall/mall.module.js';
import { LiveModule } from '../platform/live/redis-feed.js';
import { BidGateRegistry } from './bid-gate.js';
import { EvaluationQueries } from './evaluation/evaluation.queries.js';
import { ExpertRelationService } from './evaluation/expert-relation.service.js';
import { PanelService } from './evaluation/panel.service.js';
import { ScoringService } from './evaluation/scoring.service.js';
import { SecretBox } from '../payments/secret-box.js';
import { SigningKeyService } from './sealing/signing-keys.service.js';
import { ReceiptKeys } from './sealing/receipt-keys.js';
import { BidSubmissionService } from './sealing/bid-submission.service.js';
import { OpeningService } from './opening/opening.service.js';
import { BidOpener } from './opening/bid-opener.js';
import { AwardService } from './award/award.service.js';
import { AwardQueries } from './award/award.queries.js';
import { ChallengeService } from './award/challenge.service.js';
import { ComplaintService } from './award/complaint.service.js';
import { ContractService } from './award/contract.service.js';
import { TenderDeadlineService } from './award/tender-deadline.service.js';
import { OcdsService } from './ocds/ocds.service.js';
import { DeadlineSweepService } from './deadline-sweep.service.js';
import { RegistrationGate } from './registration-gate.js';
import { TenderNoticeService } from './tender-notice.service.js';
import { TenderProjectService } from './tender-project.service.js';
import { TenderQueries } from './tender.queries.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  BidGateRegistry,
  ExpertRelationService,
  PanelService,
  ScoringService,
  EvaluationQueries,
  SecretBox,
  SigningKeyService,
  ReceiptKeys,
  BidSubmissionService,
  OpeningService,
  BidOpener,
  AwardService,
  AwardQueries,
  ChallengeService,
  ComplaintService,
  ContractService,
  TenderDeadlineService,
  OcdsService,
  TenderProjectService,
  TenderNoticeService,
  TenderQueries,
  DeadlineSweepService,
  RegistrationGate,
];

/** Tendering services (projects, notices, sealed bids, opening, evaluation, award, contracts), shared by the API and the workers. */
@Module({ imports: [MallModule, LiveModule], providers: SERVICES, exports: SERVICES })
export class TenderModule implements OnModuleInit {
  constructor(
    private readonly gates: BidGateRegistry,
    private readonly registrationGate: RegistrationGate,
  ) {}

  onModuleInit(): void {
    this.gates.register(this.registrationGate);
  }
}
