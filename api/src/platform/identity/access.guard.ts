import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import { type GqlContext, tenantContextOf } from '../graphql/gql-context.js';
import { LOGGER, type Logger } from '../logging/logging.module.js';
import { ACCESS_RULE, type AccessRule, PLATFORM_OPERATOR } from './access.decorators.js';
import { SessionRevocations } from './session-revocations.js';

/**
 * Global guard: every resolver and controller method must declare `@Public()` or `@Roles(…)`;
 * one that declares neither is refused, so a new operation cannot be left open by forgetting.
 * A valid token is bound to its tenant: used on another tenant's host, it is refused even for
 * public operations.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly revocations: SessionRevocations,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const operation = `${execution.getClass().name}.${execution.getHandler().name}`;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [execution.getHandler(), execution.getClass()]);
    const graphql = execution.getType<string>() === 'graphql';
    if (!rule) this.logger.error({ operation }, 'operation declares no access rule (@Public or @Roles): refused');
    // Plain HTTP routes (health checks) take no tokens: only public ones may exist.
    if (!graphql) {
      if (rule?.kind === 'public') return true;
      throw new ForbiddenException(`${operation} is not public`);
    }
    if (!rule) throw new AppError('ACCESS_NOT_DECLARED', { operation });
    const gql = GqlExecutionContext.create(execution).getContext<GqlContext>();
    const field = GqlExecutionContext.create(execution).getInfo<{ fieldName: string }>().fieldName;
    const auth = gql.auth;
    if (auth.kind === 'tenant' && gql.tenant.kind === 'found' && gql.tenant.tenant.id !== auth.claims.tenantId) {
      throw new AppError('TENANT_MISMATCH');
    }
    if (rule.kind === 'public') return true;
    if (auth.kind === 'anonymous') throw new AppError('AUTHENTICATION_REQUIRED');
    if (auth.kind === 'invalid') throw new AppError(auth.reason);
    if (auth.kind === 'platform') {
      if (rule.roles.includes(PLATFORM_OPERATOR)) return true;
      throw new AppError('ROLE_FORBIDDEN', { operation: field });
    }
    // Names the tenant problem (none, unknown) before judging roles.
    tenantContextOf(gql);
    gql.sessionRevoked ??= this.revocations.isRevoked(auth.claims.sessionId);
    if (await gql.sessionRevoked) throw new AppError('SESSION_REVOKED');
    if (!auth.claims.roles.some((r) => rule.roles.includes(r))) throw new AppError('ROLE_FORBIDDEN', { operation: field });
    return true;
  }
}
