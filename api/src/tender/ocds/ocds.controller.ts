import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { newId, type TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import { localize, MESSAGES } from '../../platform/errors/messages.js';
import { Public } from '../../platform/identity/access.decorators.js';
import { TenantDirectory } from '../../platform/tenancy/tenant-directory.service.js';
import { OcdsService } from './ocds.service.js';

/**
 * OCDS over plain HTTP for data registries and scrapers, which do not speak GraphQL:
 * `GET /ocds/<tenant code>/projects/<project id>` and `GET /ocds/<tenant code>/releases?since=<ISO time>`.
 * Public by nature; the tenant comes from the path and the reads run in its TenantDb transaction.
 */
@Public()
@Controller('ocds')
export class OcdsController {
  constructor(
    private readonly ocds: OcdsService,
    private readonly directory: TenantDirectory,
  ) {}

  @Get(':tenantCode/projects/:projectId')
  @Header('cache-control', 'public, max-age=60')
  async project(@Param('tenantCode') tenantCode: string, @Param('projectId') projectId: string, @Res() res: Response): Promise<void> {
    await this.answer(res, tenantCode, (ctx) => this.ocds.projectPackage(ctx, projectId));
  }

  @Get(':tenantCode/releases')
  async releases(@Param('tenantCode') tenantCode: string, @Query('since') since: string | undefined, @Res() res: Response): Promise<void> {
    await this.answer(res, tenantCode, (ctx) => {
      const at = new Date(since ?? '');
      if (!/^\d{4}-\d{2}-\d{2}T/.test(since ?? '') || Number.isNaN(at.getTime())) throw new AppError('OCDS_SINCE_INVALID', { field: 'since' });
      return this.ocds.changesSince(ctx, at);
    });
  }

  private async answer(res: Response, tenantCode: string, work: (ctx: TenantContext) => Promise<unknown>): Promise<void> {
    try {
      const tenant = /^[0-9A-Za-z-]{1,32}$/.test(tenantCode) ? await this.directory.find(tenantCode) : undefined;
      if (!tenant) throw new AppError('TENANT_UNKNOWN', { hint: tenantCode.slice(0, 32) });
      const ctx: TenantContext = { tenantId: tenant.id, tenantCode: tenant.code, locale: 'zh-CN', roles: [], requestId: newId() };
      res.status(200).type('application/json').send(JSON.stringify(await work(ctx)));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const status = MESSAGES[err.reason].code === 'NOT_FOUND' ? 404 : 400;
      res.status(status).json({ reason: err.reason, message: localize(err.reason, 'zh-CN', err.params) });
    }
  }
}
