import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import express from 'express';
import { AlipayNotifyController } from './alipay-notify.controller.js';
import { PaymentResolver } from './payment.resolver.js';
import { ALIPAY_NOTIFY_PATH } from './payment-settings.service.js';
import { PaymentsModule } from './payments.module.js';

/** The GraphQL face of payments and Alipay's notify endpoint; only the API loads it. */
@Module({ imports: [PaymentsModule], providers: [PaymentResolver], controllers: [AlipayNotifyController] })
export class PaymentsApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Alipay posts application/x-www-form-urlencoded; only this route parses it.
    consumer.apply(express.urlencoded({ extended: false, limit: '64kb' })).forRoutes({ path: `${ALIPAY_NOTIFY_PATH}/:tenantCode`, method: RequestMethod.POST });
  }
}
