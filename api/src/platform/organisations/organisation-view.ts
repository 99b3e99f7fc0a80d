import type { EnterpriseSize, Organisation, OrganisationKind } from '@zhengcai/schema';

/** An organisation as the API shows it. */
export interface OrganisationView {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly uscc: string | null;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly integrityBlocked: boolean;
  readonly enterpriseSize: EnterpriseSize | null;
  readonly legalRepresentative: string | null;
  readonly contactPhone: string | null;
}

export function toOrganisationView(o: Organisation): OrganisationView {
  return { id: o.id, kind: o.kind, name: o.name, uscc: o.uscc ?? null, active: o.active, createdAt: o.createdAt, integrityBlocked: o.integrityBlocked, enterpriseSize: o.enterpriseSize ?? null,
    legalRepresentative: o.legalRepresentative ?? null, contactPhone: o.contactPhone ?? null };
}
