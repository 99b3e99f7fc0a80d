import { Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { Roles } from '../identity/access.decorators.js';
import { AuditVerifier } from './audit-verifier.service.js';
import { AuditChainReportType } from './audit.types.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly verifier: AuditVerifier) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => AuditChainReportType, { description: "Verifies this province's audit chain and reports the first broken link (finance department and operator)." })
  auditChainVerification(@CurrentTenant() ctx: TenantContext) {
    return this.verifier.verify(ctx);
  }
}
