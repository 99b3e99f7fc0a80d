import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { Roles } from '../identity/access.decorators.js';
import { AuditVerifier } from './audit-verifier.service.js';
import { AuditTrail } from './audit-trail.service.js';
import { AuditChainReportType, AuditEntriesArgs, AuditEntryConnection, AuditEntryType } from './audit.types.js';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly verifier: AuditVerifier,
    private readonly trail: AuditTrail,
  ) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => AuditChainReportType, { description: "Verifies this province's audit chain and reports the first broken link (finance department and operator)." })
  auditChainVerification(@CurrentTenant() ctx: TenantContext) {
    return this.verifier.verify(ctx);
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => AuditEntryConnection, { description: "This province's audit trail, newest first, filtered by subject, actor, action prefix and time (finance department and operator)." })
  auditEntries(@CurrentTenant() ctx: TenantContext, @Args() args: AuditEntriesArgs) {
    return this.trail.list(ctx, args.filter ?? {}, args);
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => AuditEntryType, { description: 'One audit entry with its change and whether the change still matches its digest.' })
  auditEntry(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.trail.get(ctx, id);
  }
}
