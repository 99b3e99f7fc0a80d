import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { TenantContext } from '@zhengcai/schema';
import { AppError } from '../errors/app-error.js';
import type { RequestAuth } from '../identity/request-auth.js';
import { currentRequestScope } from '../logging/request-scope.js';
import type { TenantResolution } from '../tenancy/tenant-resolution.js';

/** What every resolver can see about the HTTP request. */
export interface GqlContext {
  req: Request;
  tenant: TenantResolution;
  auth: RequestAuth;
  /** Whether the token's session has been ended; looked up once per request by the access guard. */
  sessionRevoked?: Promise<boolean>;
}

/**
 * The TenantContext of the request, with the caller's user, organisation and roles when a
 * token of this tenant came with it. Refuses when the request names no known tenant, and
 * when the token belongs to another tenant.
 */
export function tenantContextOf(gql: GqlContext): TenantContext {
  const scope = currentRequestScope();
  if (gql.tenant.kind === 'none') throw new AppError('TENANT_REQUIRED');
  if (gql.tenant.kind === 'unknown') throw new AppError('TENANT_UNKNOWN', { hint: gql.tenant.hint });
  const base = {
    tenantId: gql.tenant.tenant.id,
    tenantCode: gql.tenant.tenant.code,
    locale: scope?.locale ?? 'zh-CN',
    requestId: scope?.requestId ?? 'none',
  } as const;
  if (gql.auth.kind !== 'tenant') return { ...base, roles: [] };
  const claims = gql.auth.claims;
  if (claims.tenantId !== base.tenantId) throw new AppError('TENANT_MISMATCH');
  return { ...base, userId: claims.userId, organisationId: claims.organisationId, roles: claims.roles };
}

/** The client's IP address (behind trusted proxies: the one they saw). */
export function clientIpOf(gql: GqlContext): string {
  return gql.req.ip ?? gql.req.socket.remoteAddress ?? 'unknown';
}

/** Resolver parameter: `@CurrentTenant() ctx: TenantContext`. */
export const CurrentTenant = createParamDecorator((_data: unknown, execution: ExecutionContext): TenantContext =>
  tenantContextOf(GqlExecutionContext.create(execution).getContext<GqlContext>()),
);

/** Resolver parameter: `@ClientIp() ip: string`, for rate limits. */
export const ClientIp = createParamDecorator((_data: unknown, execution: ExecutionContext): string =>
  clientIpOf(GqlExecutionContext.create(execution).getContext<GqlContext>()),
);
