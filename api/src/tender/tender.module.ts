import { Module } from '@nestjs/common';
import { BidGateRegistry } from './bid-gate.js';
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
