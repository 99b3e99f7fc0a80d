import { Injectable } from '@nestjs/common';
import { isUuid, Listing, ListingState, parseTenantSettings, type PriceEvidence, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { listingReferences } from './inspection-sql.js';

export interface PriceBandView {
  readonly listingId: string;
  readonly priceFen: bigint;
  /** Quartiles of other suppliers' prices of the same standard product; null below the minimum sample. */
  readonly q1Fen: bigint | null;
  readonly medianFen: bigint | null;
  readonly q3Fen: bigint | null;
  readonly sampleSize: number;
  readonly importedLowestFen: bigint | null;
  /** The reference inspection uses (the lowest counted source), and the price above which it raises a finding. */
  readonly referenceFen: bigint | null;
  readonly alertAboveFen: bigint | null;
  readonly evidence: PriceEvidence[];
}

/** What a buyer sees on a listing page: where the listing's price sits among the references. */
@Injectable()
export class PriceBandService {
  constructor(private readonly db: TenantDb) {}

  band(ctx: TenantContext, listingId: string): Promise<PriceBandView> {
    return this.db.transaction(ctx, async (em) => {
      const listing = isUuid(listingId) ? await em.findOne(Listing, { id: listingId, state: ListingState.Approved }, { fields: ['id'] }) : null;
      if (!listing) throw new AppError('LISTING_NOT_FOUND');
      const rules = parseTenantSettings((await em.findOneOrFail(Tenant, { id: ctx.tenantId })).settings).inspection;
      const refs = await listingReferences(em, { tenantId: ctx.tenantId, asOf: new Date(), rules, listingId });
      if (!refs) throw new AppError('LISTING_NOT_FOUND');
      const enough = refs.peer.n >= rules.minPeerSample;
      // The highest price within tolerance: reference × (1 + tolerance), rounded down to the fen.
      const alertAboveFen = refs.reference === null ? null : (refs.reference * BigInt(10_000 + rules.priceAboveReferenceAlertBp)) / 10_000n;
      return {
        listingId, priceFen: refs.priceFen, q1Fen: enough ? refs.peer.q1 : null, medianFen: enough ? refs.peer.median : null, q3Fen: enough ? refs.peer.q3 : null,
        sampleSize: refs.peer.n, importedLowestFen: refs.importedLowest, referenceFen: refs.reference, alertAboveFen, evidence: refs.evidence,
      };
    });
  }
}
