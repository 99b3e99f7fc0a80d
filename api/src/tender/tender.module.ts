import { Module, type OnModuleInit } from '@nestjs/common';
import { MallModule } from '../mall/mall.module.js';
import { BidGateRegistry } from './bid-gate.js';
import { DeadlineSweepService } from './deadline-sweep.service.js';
import { RegistrationGate } from './registration-gate.js';
import { TenderNoticeService } from './tender-notice.service.js';
import { TenderProjectService } from './tender-project.service.js';
import { TenderQueries } from './tender.queries.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  BidGateRegistry,
  TenderProjectService,
  TenderNoticeService,
  TenderQueries,
  DeadlineSweepService,
  RegistrationGate,
];

/** Tendering services (projects, notices, sealed bids, opening, evaluation, award, contracts), shared by the API and the workers. */
@Module({ imports: [MallModule], providers: SERVICES, exports: SERVICES })
export class TenderModule implements OnModuleInit {
  constructor(
    private readonly gates: BidGateRegistry,
    private readonly registrationGate: RegistrationGate,
  ) {}

  onModuleInit(): void {
    this.gates.register(this.registrationGate);
  }
}
