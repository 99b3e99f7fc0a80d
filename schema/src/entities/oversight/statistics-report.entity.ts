import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { StatisticsReportKind, StatisticsReportState } from './oversight-enums.js';

/** A monthly or annual statistics report (统计报表) of one tenant; one per period, regenerated in place. */
@Entity({ tableName: 'statistics_report' })
@Unique({ name: 'statistics_report_tenant_period_unique', properties: ['tenantId', 'kind', 'period'] })
@Index({ name: 'statistics_report_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
export class StatisticsReport extends TenantOwnedWithId {
  @Enum({ items: () => StatisticsReportKind, nativeEnumName: 'statistics_report_kind' })
  kind!: StatisticsReportKind;

  /** `2026-10` for a month, `2026` for a year. */
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Enum({ items: () => StatisticsReportState, nativeEnumName: 'statistics_report_state' })
  state: Opt<StatisticsReportState> = StatisticsReportState.Pending;

  /** Null when the schedule asked for it. */
  @Property({ type: 'uuid', nullable: true })
  requestedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  generatedAt?: Date | null;

  @Property({ type: 'string', length: 128, nullable: true })
  fileName?: string | null;

  /** The .xlsx, base64; lazy so lists never load it. */
  @Property({ type: 'text', nullable: true, lazy: true })
  contentBase64?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
