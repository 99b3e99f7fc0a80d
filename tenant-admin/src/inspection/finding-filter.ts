import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type FindingStateName = 'OPEN' | 'JUSTIFIED' | 'DISMISSED' | 'CORRECTED' | 'DELISTED';
export interface FindingFilter { state?: FindingStateName; supplierId?: string; listingId?: string }

const STATES = new Set<string>(['OPEN', 'JUSTIFIED', 'DISMISSED', 'CORRECTED', 'DELISTED']);
const ID = /^[0-9A-Za-z-]{1,64}$/;

/** The findings filter from the address (`?state=OPEN&supplier=…&listing=…`); malformed values are dropped. */
export function findingFilterFromQuery(query: LocationQuery): FindingFilter {
  const one = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  const state = one(query.state)?.toUpperCase();
  const supplier = one(query.supplier);
  const listing = one(query.listing);
  return {
    ...(state && STATES.has(state) ? { state: state as FindingStateName } : {}),
    ...(supplier && ID.test(supplier) ? { supplierId: supplier } : {}),
    ...(listing && ID.test(listing) ? { listingId: listing } : {}),
  };
}

export function findingFilterToQuery(filter: FindingFilter): LocationQueryRaw {
  return { state: filter.state || undefined, supplier: filter.supplierId || undefined, listing: filter.listingId || undefined };
}
