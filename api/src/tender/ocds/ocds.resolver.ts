import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public } from '../../platform/identity/access.decorators.js';
import { OcdsService } from './ocds.service.js';

@Resolver()
export class OcdsResolver {
  constructor(private readonly ocds: OcdsService) {}

  @Public()
  @Query(() => String, { description: 'The OCDS 1.1 release package (JSON text) of a published procurement project: one release per published step. No login needed.' })
  async tenderOcdsPackage(@CurrentTenant() ctx: TenantContext, @Args('projectId', { type: () => ID }) projectId: string) {
    return JSON.stringify(await this.ocds.projectPackage(ctx, projectId));
  }

  @Public()
  @Query(() => String, { description: "The province's OCDS releases dated after `since` (ISO 8601), oldest first, at most 500, as a release package (JSON text): ask again from the last release's date." })
  async tenderOcdsReleases(@CurrentTenant() ctx: TenantContext, @Args('since') since: string) {
    const at = new Date(since);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(since) || Number.isNaN(at.getTime())) throw new AppError('OCDS_SINCE_INVALID', { field: 'since' });
    return JSON.stringify(await this.ocds.changesSince(ctx, at));
  }
}
