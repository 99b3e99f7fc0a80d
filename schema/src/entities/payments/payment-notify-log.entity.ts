import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { NotifyOutcome } from './payment-enums.js';

/** Every asynchronous notify a tenant received, with what became of it (append-only). */
@Entity({ tableName: 'payment_notify_log' })
@Index({ name: 'payment_notify_log_tenant_created_index', properties: ['tenantId', 'createdAt'] })
@Index({ name: 'payment_notify_log_tenant_trade_index', properties: ['tenantId', 'outTradeNo'] })
export class PaymentNotifyLog extends TenantOwnedWithId {
  @Property({ type: 'string', length: 16 })
  provider!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  outTradeNo?: string | null;

  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Enum({ items: () => NotifyOutcome, nativeEnumName: 'payment_notify_outcome' })
  outcome!: NotifyOutcome;

  /** The notify's fields without the signature (no secrets are ever in a notify). */
  @Property({ type: 'jsonb' })
  fields!: Record<string, string>;
}
