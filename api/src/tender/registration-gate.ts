import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type TenantContext, type TenderLot, TenderRegistration } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';
import type { BidGate } from './bid-gate.js';

/** Only suppliers registered for the lot's project (报名) may bid. */
@Injectable()
export class RegistrationGate implements BidGate {
  readonly name = 'registration';

  async check(em: EntityManager, _ctx: TenantContext, lot: TenderLot, supplierOrganisationId: string): Promise<void> {
    if (!(await em.count(TenderRegistration, { project: lot.project.id, supplier: supplierOrganisationId }))) {
      throw new AppError('TENDER_NOT_REGISTERED', { field: 'lotId' });
    }
  }
}
