import { CalendarDay } from './tenancy/calendar-day.entity.js';
import { Tenant } from './tenancy/tenant.entity.js';
import { ExpertProfile } from './identity/expert-profile.entity.js';
import { Organisation } from './identity/organisation.entity.js';
import { PlatformOperator } from './identity/platform-operator.entity.js';
import { RefreshToken } from './identity/refresh-token.entity.js';
import { UserAccount } from './identity/user-account.entity.js';

export { TenantOwned, TenantOwnedWithId, TENANT_FILTER } from './base.js';
export { Tenant } from './tenancy/tenant.entity.js';
export { CalendarDay, CalendarDayKind } from './tenancy/calendar-day.entity.js';
export { Organisation } from './identity/organisation.entity.js';
export { UserAccount } from './identity/user-account.entity.js';
export { ExpertProfile } from './identity/expert-profile.entity.js';
export { RefreshToken } from './identity/refresh-token.entity.js';
export { PlatformOperator } from './identity/platform-operator.entity.js';
export { OrganisationKind, Role, ROLES_BY_KIND, KINDS_REQUIRING_USCC } from './identity/roles.js';
export { tenantSettingsSchema, parseTenantSettings, type TenantSettings } from './tenancy/tenant-settings.js';

/** Every entity class; the ORM config and the migrations drift test use this list. */
export const ALL_ENTITIES = [Tenant, CalendarDay, Organisation, UserAccount, ExpertProfile, RefreshToken, PlatformOperator];
