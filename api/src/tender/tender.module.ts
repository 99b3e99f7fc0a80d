import { Module } from '@nestjs/common';
import { BidGateRegistry } from './bid-gate.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  BidGateRegistry,
];

/** Tendering services (projects, notices, sealed bids, opening, evaluation, award, contracts), shared by the API and the workers. */
@Module({ providers: SERVICES, exports: SERVICES })
export class TenderModule {}
