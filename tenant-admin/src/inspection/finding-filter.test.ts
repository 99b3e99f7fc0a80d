import { describe, expect, it } from 'vitest';
import { findingFilterFromQuery, findingFilterToQuery } from './finding-filter';

describe('findings filter in the address', () => {
  it('reads state, supplier and listing, dropping malformed values', () => {
    expect(findingFilterFromQuery({ state: 'open', supplier: '0193a0b2-1c2d-7e3f-8a4b-5c6d7e8f9a0b', listing: 'x y' }))
      .toEqual({ state: 'OPEN', supplierId: '0193a0b2-1c2d-7e3f-8a4b-5c6d7e8f9a0b' });
    expect(findingFilterFromQuery({ state: 'NOPE', supplier: ['a', 'b'] })).toEqual({});
  });

  it('writes only what is set, and reads back the same', () => {
    const filter = { state: 'JUSTIFIED' as const, listingId: 'abc-1' };
    expect(findingFilterToQuery(filter)).toEqual({ state: 'JUSTIFIED', supplier: undefined, listing: 'abc-1' });
    expect(findingFilterFromQuery(findingFilterToQuery(filter) as never)).toEqual(filter);
  });
});
