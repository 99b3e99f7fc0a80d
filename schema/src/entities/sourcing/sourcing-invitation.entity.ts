import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { SourcingInquiry } from './sourcing-inquiry.entity.js';
import { InvitationStatus } from './sourcing-enums.js';

/** A supplier invited to quote (its inbox), kept in line with the inquiry by the sourcing worker. */
@Entity({ tableName: 'sourcing_invitation' })
@Unique({ name: 'sourcing_invitation_tenant_inquiry_supplier_unique', properties: ['tenantId', 'inquiry', 'supplier'] })
@Index({ name: 'sourcing_invitation_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt'] })
export class SourcingInvitation extends TenantOwnedWithId {
  @ManyToOne({ entity: () => SourcingInquiry, index: false })
  inquiry!: SourcingInquiry;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Enum({ items: () => InvitationStatus, nativeEnumName: 'sourcing_invitation_status' })
  status: Opt<InvitationStatus> = InvitationStatus.Invited;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
