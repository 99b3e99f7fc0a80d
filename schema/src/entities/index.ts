import { AuditChainHead } from './audit/audit-chain-head.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { OutboxEvent } from './jobs/outbox-event.entity.js';
import { ProcessedJob } from './jobs/processed-job.entity.js';
import { CalendarDay } from './tenancy/calendar-day.entity.js';
import { Tenant } from './tenancy/tenant.entity.js';

export { TenantOwned, TenantOwnedWithId, TENANT_FILTER } from './base.js';
export { Tenant } from './tenancy/tenant.entity.js';
export { CalendarDay, CalendarDayKind } from './tenancy/calendar-day.entity.js';
export { AuditEntry } from './audit/audit-entry.entity.js';
export { AuditChainHead } from './audit/audit-chain-head.entity.js';
export { OutboxEvent, OUTBOX_CHANNEL } from './jobs/outbox-event.entity.js';
export { ProcessedJob } from './jobs/processed-job.entity.js';
export { tenantSettingsSchema, parseTenantSettings, type TenantSettings } from './tenancy/tenant-settings.js';

/** Every entity class; the ORM config and the migrations drift test use this list. */
export const ALL_ENTITIES = [Tenant, CalendarDay, AuditEntry, AuditChainHead, OutboxEvent, ProcessedJob];
