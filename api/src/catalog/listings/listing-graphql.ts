import type { ListingInput as ListingFields } from './listing-input.js';
import type { ListingInput } from './listing.types.js';
import type { ListingView } from './listing-view.js';
import type { ListingType } from './listing.types.js';

/** GraphQL input → service input (price arrives as fen from the Money scalar). */
export function listingFields(input: ListingInput): ListingFields {
  const { price, ...rest } = input;
  return { ...rest, priceFen: price };
}

/** Service view → GraphQL object (money fields keep their API names). */
export function toListingType(v: ListingView): ListingType {
  return {
    ...v,
    price: v.priceFen,
    priceHistory: v.priceHistory.map((h) => ({ price: h.priceFen, previousPrice: h.previousPriceFen, changedAt: h.changedAt })),
  };
}
