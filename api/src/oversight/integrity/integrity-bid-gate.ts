import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { integrityBlockOf, Organisation, type TenantContext, type TenderLot } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import type { BidGate } from '../../tender/bid-gate.js';

/** A supplier barred by its integrity (operator block or band, `integrityBlockOf`) cannot bid. */
@Injectable()
export class IntegrityBidGate implements BidGate {
  readonly name = 'integrity';

  async check(em: EntityManager, _ctx: TenantContext, _lot: TenderLot, supplierOrganisationId: string): Promise<void> {
    const supplier = await em.findOne(Organisation, { id: supplierOrganisationId });
    if (!supplier) return;
    const block = integrityBlockOf(supplier);
    if (block === 'operator') throw new AppError('BID_SUPPLIER_BLOCKED');
    if (block === 'band') throw new AppError('BID_SUPPLIER_BAND_BLOCKED', { band: supplier.integrityBand ?? '' });
  }
}
