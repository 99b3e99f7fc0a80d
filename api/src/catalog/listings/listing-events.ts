import type { EntityManager } from '@mikro-orm/postgresql';
import { Listing, ListingState } from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';

/** What buyers see of a listing changed: the search index must follow. */
export const listingChanged = (listingId: string) => domainEvent('catalog.listing.changed', { listingId });

/** A listing went on sale or changed its price on sale: price inspection looks at it again. */
export const listingPriceChanged = (listingId: string) => domainEvent('catalog.listing.price-changed', { listingId });

/** A transition buyers notice: one that puts a listing on sale, keeps it there changed, or takes it off. */
export function touchesSale(from: ListingState, to: ListingState): boolean {
  return from === ListingState.Approved || to === ListingState.Approved;
}

/** A supplier-level change (integrity block, SME size) reaches every listing it has on sale. */
export async function publishForListingsOnSale(em: EntityManager, tx: TxEffects, supplierId: string): Promise<void> {
  const onSale = await em.find(Listing, { supplier: supplierId, state: ListingState.Approved }, { fields: ['id'] });
  for (const l of onSale) tx.publish(listingChanged(l.id));
}
