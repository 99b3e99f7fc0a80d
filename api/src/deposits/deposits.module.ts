import { Module, type OnModuleInit } from '@nestjs/common';
import { PayableRegistry } from '../payments/payable.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { BidGateRegistry } from '../tender/bid-gate.js';
import { TenderModule } from '../tender/tender.module.js';
import { AuctionDeposits } from './auction-deposits.js';
import { DepositBidGate } from './deposit-bid-gate.js';
import { DepositPayableHandler } from './deposit-payable.js';
import { DepositReconciliation } from './deposit-reconciliation.js';
import { DepositRefunds } from './deposit-refunds.js';
import { DepositService } from './deposit.service.js';
import { GuaranteeReleases } from './guarantee-release.js';
import { GuaranteeService } from './guarantee.service.js';

const SERVICES = [DepositService, DepositRefunds, DepositReconciliation, DepositPayableHandler, DepositBidGate, GuaranteeService, GuaranteeReleases, AuctionDeposits];

/** Bid deposits (payment, holding, refund with interest, forfeiture) and electronic guarantees, shared by the API and the workers. */
@Module({ imports: [PaymentsModule, TenderModule], providers: SERVICES, exports: SERVICES })
export class DepositsModule implements OnModuleInit {
  constructor(
    private readonly payables: PayableRegistry,
    private readonly gates: BidGateRegistry,
    private readonly payable: DepositPayableHandler,
    private readonly gate: DepositBidGate,
  ) {}

  onModuleInit(): void {
    this.payables.register(this.payable);
    this.gates.register(this.gate);
  }
}
