import { Body, Controller, Header, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../platform/identity/access.decorators.js';
import { LOGGER, type Logger } from '../platform/logging/logging.module.js';
import { AlipayNotifyService } from './alipay-notify.service.js';
import { ALIPAY_NOTIFY_PATH } from './payment-settings.service.js';

/**
 * Alipay's asynchronous notify (form-urlencoded POST). Unauthenticated by nature: the
 * signature is the authentication, the tenant comes from the path, and the work runs in that
 * tenant's TenantDb transaction like any other. Answers Alipay's plain `success` / `fail`.
 */
@Public()
@Controller(ALIPAY_NOTIFY_PATH)
export class AlipayNotifyController {
  constructor(
    private readonly notifies: AlipayNotifyService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Post(':tenantCode')
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async notify(@Param('tenantCode') tenantCode: string, @Body() body: unknown, @Req() req: Request): Promise<string> {
    if (!body || typeof body !== 'object') return 'fail';
    try {
      return await this.notifies.handle(tenantCode, body as Record<string, unknown>, req.header('x-request-id') ?? undefined);
    } catch (err) {
      this.logger.error({ err, tenantCode: tenantCode.slice(0, 32) }, 'alipay notify failed');
      return 'fail';
    }
  }
}
