import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { newId } from '@zhengcai/schema';
import { localize, negotiateLocale } from '../platform/errors/messages.js';
import { Public } from '../platform/identity/access.decorators.js';
import { LOGGER, type Logger } from '../platform/logging/logging.module.js';
import { TenantDirectory } from '../platform/tenancy/tenant-directory.service.js';
import { resolveTenant } from '../platform/tenancy/tenant-resolution.js';
import { FinancingNotices } from './financing-notices.service.js';

/** The header carrying the lender's SM2 signature (hex r‖s) of the body's canonical JSON. */
export const NOTICE_SIGNATURE_HEADER = 'x-lender-signature';

/**
 * Lenders' status notices (docs/financing.md). Unauthenticated by nature: the lender's
 * signature is the authentication; the tenant comes from the host or `x-tenant` as elsewhere.
 * Answers JSON: 200 applied (or replayed), 400 malformed, 401 bad signature, 404 unknown, 409 illegal step.
 */
@Public()
@Controller('financing/lenders')
export class FinancingNoticeController {
  constructor(
    private readonly notices: FinancingNotices,
    private readonly directory: TenantDirectory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Post(':lenderId/notices')
  async notice(@Param('lenderId') lenderId: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = negotiateLocale(req.header('accept-language'));
    const tenant = await resolveTenant(req, this.directory);
    if (tenant.kind !== 'found') {
      res.status(404).json({ ok: false, reason: 'FINANCING_LENDER_UNKNOWN', message: localize('FINANCING_LENDER_UNKNOWN', locale, { field: 'lenderId' }) });
      return;
    }
    const signature = req.header(NOTICE_SIGNATURE_HEADER)?.trim() ?? '';
    const answer = await this.notices.handle(tenant.tenant, lenderId, body, signature, locale, req.header('x-request-id') ?? newId());
    const log = { tenant: tenant.tenant.code, lenderId: lenderId.slice(0, 40), status: answer.status, reason: answer.body.reason };
    if (answer.status === 200) this.logger.info(log, 'financing notice');
    else this.logger.warn(log, 'financing notice refused');
    res.status(answer.status).json(answer.body);
  }
}
