import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { TenantContext } from '@zhengcai/schema';
import { AppError } from '../errors/app-error.js';
import { currentRequestScope } from '../logging/request-scope.js';
import type { TenantResolution } from '../tenancy/tenant-resolution.js';

/** What every resolver can see about the HTTP request. */
export interface GqlContext {
  req: Request;
  tenant: TenantResolution;
}

/** The TenantContext of the request; refuses when the request names no known tenant. */
export function tenantContextOf(gql: GqlContext): TenantContext {
  const scope = currentRequestScope();
  if (gql.tenant.kind === 'none') throw new AppError('TENANT_REQUIRED');
  if (gql.tenant.kind === 'unknown') throw new AppError('TENANT_UNKNOWN', { hint: gql.tenant.hint });
  return {
    tenantId: gql.tenant.tenant.id,
    tenantCode: gql.tenant.tenant.code,
    locale: scope?.locale ?? 'zh-CN',
    requestId: scope?.requestId ?? 'none',
    roles: [],
  };
}

/** Resolver parameter: `@CurrentTenant() ctx: TenantContext`. */
export const CurrentTenant = createParamDecorator((_data: unknown, execution: ExecutionContext): TenantContext =>
  tenantContextOf(GqlExecutionContext.create(execution).getContext<GqlContext>()),
);
