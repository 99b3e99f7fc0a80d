import { SetMetadata } from '@nestjs/common';
import { Role } from '@zhengcai/schema';

/** The platform operator: not a tenant role, held only by platform-scoped tokens. */
export const PLATFORM_OPERATOR = 'platform_operator' as const;
export type AccessRole = Role | typeof PLATFORM_OPERATOR;

/** Every role a tenant user can hold. */
export const TENANT_ROLES: readonly Role[] = Object.values(Role);

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly AccessRole[] };

export const ACCESS_RULE = Symbol('zhengcai:access-rule');

/**
 * Anyone may call this operation, logged in or not. The guard still refuses a valid token
 * of another tenant.
 */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Only callers holding one of these roles, for the request's tenant. */
export const Roles = (...roles: AccessRole[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** Any logged-in user of the request's tenant, whatever their role. */
export const AnyTenantUser = () => Roles(...TENANT_ROLES);
