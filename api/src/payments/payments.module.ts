import { Module } from '@nestjs/common';
import { AlipayNotifyService } from './alipay-notify.service.js';
import { PayablesModule } from './payable.js';
import { PaymentQueries } from './payment.queries.js';
import { PaymentService } from './payment.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PaymentSettlement } from './payment-settlement.js';
import { AlipayProvider } from './providers/alipay.provider.js';
import { TreasuryProvider } from './providers/treasury.provider.js';
import { SecretBox } from './secret-box.js';
import { TenancyModule } from '../platform/tenancy/tenancy.module.js';

const SERVICES = [SecretBox, AlipayProvider, TreasuryProvider, PaymentSettlement, PaymentSettingsService, PaymentService, PaymentQueries, AlipayNotifyService];

/** Payment services, shared by the API and the workers. Subjects come through PayablesModule. */
@Module({ imports: [PayablesModule, TenancyModule], providers: SERVICES, exports: [...SERVICES, PayablesModule] })
export class PaymentsModule {}
