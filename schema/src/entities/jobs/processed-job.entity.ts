import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * A job whose work has committed. Written in the job's own transaction: a second delivery
 * of the same job (BullMQ is at-least-once) finds the row and does nothing.
 */
@Entity({ tableName: 'processed_job' })
@Unique({ name: 'processed_job_tenant_queue_job_unique', properties: ['tenantId', 'queue', 'jobId'] })
@Index({ name: 'processed_job_tenant_created_idx', properties: ['tenantId', 'createdAt'] })
export class ProcessedJob extends TenantOwnedWithId {
  @Property({ type: 'string', length: 64 })
  queue!: string;

  @Property({ type: 'string', length: 255 })
  jobId!: string;

  @Property({ type: 'string', length: 128 })
  jobName!: string;
}
