import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';
import { EnterpriseSize } from '../catalog/catalog-enums.js';
import { OrganisationKind } from './roles.js';

/**
 * An organisation registered in one tenant. The same supplier (one USCC) may register in
 * several tenants: each registration is its own row, and its data stays in that tenant.
 */
@Entity({ tableName: 'organisation' })
@Unique({ name: 'organisation_tenant_uscc_unique', properties: ['tenantId', 'uscc'] })
@Check({ name: 'organisation_uscc_required', expression: `kind not in ('purchasing_unit', 'supplier') or uscc is not null` })
export class Organisation extends TenantOwnedWithId {
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Property({ type: 'string', length: 128 })
  name!: string;

  /** 统一社会信用代码, validated (GB 32100) before it is stored; required for units and suppliers. */
  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * Set when the supplier's integrity status bars it from offering (operators now; the
   * integrity score later). A blocked supplier cannot submit listings.
   */
  @Property({ type: 'boolean', default: false })
  integrityBlocked: Opt<boolean> = false;

  /**
   * The integrity band (A–D) the integrity worker last computed, copied here so listings,
   * search and evaluation read it with the supplier; null until the first recompute.
   */
  @Property({ type: 'string', length: 1, nullable: true })
  integrityBand?: string | null;

  /** The integrity score (0–100) of the same recompute; null until then. */
  @Property({ type: 'smallint', nullable: true })
  integrityScore?: number | null;

  /** The band is at or below the tenant's block band (set by the integrity worker). */
  @Property({ type: 'boolean', default: false })
  integrityBandBlocked: Opt<boolean> = false;

  /** The enterprise size the supplier declares (中小企业声明); null until declared. */
  @Enum({ items: () => EnterpriseSize, nativeEnumName: 'enterprise_size', nullable: true })
  enterpriseSize?: EnterpriseSize | null;

  /** 单位负责人 (legal representative) as the supplier declares it; bidders sharing one may not bid on one lot (实施条例 art. 18). */
  @Property({ type: 'string', length: 32, nullable: true })
  legalRepresentative?: string | null;

  /** The declared contact phone, digits only (a mobile, or a landline with its area code). */
  @Property({ type: 'string', length: 16, nullable: true })
  contactPhone?: string | null;
}

/**
 * The one answer to "is this supplier barred by its integrity?": an operator's block first,
 * then a band at or below the tenant's block band; null when it may offer and bid.
 */
export function integrityBlockOf(o: Pick<Organisation, 'integrityBlocked' | 'integrityBandBlocked'>): 'operator' | 'band' | null {
  if (o.integrityBlocked) return 'operator';
  if (o.integrityBandBlocked) return 'band';
  return null;
}
