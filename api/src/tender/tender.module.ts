import { Module } from '@nestjs/common';
import { BidGateRegistry } from './bid-gate.js';
import { EvaluationQueries } from './evaluation/evaluation.queries.js';
import { ExpertRelationService } from './evaluation/expert-relation.service.js';
import { PanelService } from './evaluation/panel.service.js';
import { ScoringService } from './evaluation/scoring.service.js';
import { SecretBox } from '../payments/secret-box.js';
import { SigningKeyService } from './sealing/signing-keys.service.js';
import { ReceiptKeys } from './sealing/receipt-keys.js';
import { BidSubmissionService } from './sealing/bid-submission.service.js';
import { OpeningFeed } from './opening/opening-feed.js';
import { OpeningService } from './opening/opening.service.js';
import { AwardService } from './award/award.service.js';
import { AwardQueries } from './award/award.queries.js';
import { ChallengeService } from './award/challenge.service.js';
import { ComplaintService } from './award/complaint.service.js';
import { ContractService } from './award/contract.service.js';
import { TenderDeadlineService } from './award/tender-deadline.service.js';
import { OcdsService } from './ocds/ocds.service.js';

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
  OpeningFeed,
  OpeningService,
  AwardService,
  AwardQueries,
  ChallengeService,
  ComplaintService,
  ContractService,
  TenderDeadlineService,
  OcdsService,
];

/** Tendering services (projects, notices, sealed bids, opening, evaluation, award, contracts), shared by the API and the workers. */
@Module({ providers: SERVICES, exports: SERVICES })
export class TenderModule {}
