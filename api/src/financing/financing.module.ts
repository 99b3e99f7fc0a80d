import { Module, type OnModuleInit } from '@nestjs/common';
import { PayeeAccountRouting } from '../payments/payee-routing.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { FinancingApplicationService } from './financing-application.service.js';
import { FinancingDelivery } from './financing-delivery.js';
import { FinancingKeys } from './financing-keys.js';
import { FinancingNotices } from './financing-notices.service.js';
import { FinancingStatistics } from './financing-statistics.js';
import { LenderService } from './lender.service.js';
import { PayeeAccountLocks } from './payee-account-locks.js';

const SERVICES = [
  LenderService,
  FinancingKeys,
  FinancingApplicationService,
  FinancingDelivery,
  FinancingNotices,
  PayeeAccountLocks,
  FinancingStatistics,
];

/** Contract financing (政采贷): lenders, applications, the signed exchange and payee account locks; shared by the API and the workers. */
@Module({ imports: [PaymentsModule], providers: SERVICES, exports: SERVICES })
export class FinancingModule implements OnModuleInit {
  constructor(private readonly routing: PayeeAccountRouting, private readonly locks: PayeeAccountLocks) {}

  onModuleInit(): void {
    this.routing.register(this.locks);
  }
}
