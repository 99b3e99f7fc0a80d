import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

export enum CalendarDayKind {
  /** A public holiday (法定节假日 or 调休放假): no work even on a weekday. */
  Holiday = 'holiday',
  /** A make-up working day (调休上班) falling on a weekend. */
  Workday = 'workday',
}

/**
 * An exception to the Monday–Friday week in one tenant's working-day calendar. Days not
 * listed follow the week: Saturday and Sunday off, other days on.
 */
@Entity({ tableName: 'calendar_day' })
@Unique({ name: 'calendar_day_tenant_day_unique', properties: ['tenantId', 'day'] })
export class CalendarDay extends TenantOwnedWithId {
  /** Local date in the tenant's time zone, YYYY-MM-DD. */
  @Property({ type: 'date' })
  day!: string;

  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Property({ type: 'string', length: 64 })
  name!: string;
}
