import { Injectable } from '@nestjs/common';
import { type EnterpriseSize, isUuid, Organisation, OrganisationKind, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { toOrganisationView, type OrganisationView } from '../../platform/organisations/organisation-view.js';
import { requireReason } from '../problems.js';
import { publishForListingsOnSale } from '../listings/listing-events.js';
import { normaliseSupplierContacts, type SupplierContactsInput } from './supplier-contacts.js';

/**
 * A supplier's standing in the catalogue: the integrity block (operators now; the integrity
 * score later) and the enterprise size it declares for the SME policy.
 */
@Injectable()
export class SupplierStandingService {
  constructor(private readonly db: TenantDb) {}

  setIntegrityBlocked(ctx: TenantContext, organisationId: string, blocked: boolean, reason: string): Promise<OrganisationView> {
    const text = requireReason(reason);
    if (!isUuid(organisationId)) return Promise.reject(new AppError('SUPPLIER_NOT_FOUND', { field: 'organisationId' }));
    return this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOne(Organisation, { id: organisationId, kind: OrganisationKind.Supplier });
      if (!supplier) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'organisationId' });
      const before = supplier.integrityBlocked;
      supplier.integrityBlocked = blocked;
      tx.audit({ action: 'catalog.supplier.integrity-block', subjectType: 'organisation', subjectId: supplier.id, change: { before, after: blocked, reason: text } });
      await publishForListingsOnSale(em, tx, supplier.id);
      return toOrganisationView(supplier);
    });
  }

  /** The supplier's own declaration (中小企业声明函); it decides whether the SME tag may be claimed. */
  declareEnterpriseSize(ctx: TenantContext, size: EnterpriseSize): Promise<OrganisationView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOne(Organisation, { id: ctx.organisationId, kind: OrganisationKind.Supplier });
      if (!supplier) throw new AppError('SUPPLIER_NOT_FOUND');
      const before = supplier.enterpriseSize ?? null;
      supplier.enterpriseSize = size;
      tx.audit({ action: 'catalog.supplier.declare-size', subjectType: 'organisation', subjectId: supplier.id, change: { before, after: size } });
      await publishForListingsOnSale(em, tx, supplier.id);
      return toOrganisationView(supplier);
    });
  }

  /** The supplier's own principal and contact phone; the collusion checks compare them across a lot's bidders. */
  declareContacts(ctx: TenantContext, input: SupplierContactsInput): Promise<OrganisationView> {
    const contacts = normaliseSupplierContacts(input);
    return this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOne(Organisation, { id: ctx.organisationId, kind: OrganisationKind.Supplier });
      if (!supplier) throw new AppError('SUPPLIER_NOT_FOUND');
      const before = { legalRepresentative: supplier.legalRepresentative ?? null, contactPhone: supplier.contactPhone ?? null };
      Object.assign(supplier, contacts);
      tx.audit({ action: 'catalog.supplier.declare-contacts', subjectType: 'organisation', subjectId: supplier.id, change: { before, after: contacts } });
      return toOrganisationView(supplier);
    });
  }
}
