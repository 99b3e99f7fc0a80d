import { Injectable } from '@nestjs/common';
import { PaymentProviderCode, PaymentState } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import type { PaymentProvider, ProviderRefundResult, ProviderTradeStatus } from './payment-provider.js';

/**
 * 国库集中支付: starting creates a payment request that waits for the finance department,
 * which approves it with the bank transfer reference or rejects it. Nothing to call.
 */
@Injectable()
export class TreasuryProvider implements PaymentProvider {
  readonly code = PaymentProviderCode.Treasury;
  readonly initialState = PaymentState.AwaitingApproval;

  async start(): Promise<{ payUrl: null }> {
    return { payUrl: null };
  }

  async query(): Promise<ProviderTradeStatus> {
    return { status: 'pending' };
  }

  async refund(): Promise<ProviderRefundResult> {
    throw new AppError('REFUND_NOT_SUPPORTED', { provider: 'treasury' });
  }
}
