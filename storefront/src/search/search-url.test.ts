import { describe, expect, it } from 'vitest';
import { filtersFromState, queryFromState, stateFromQuery, toggle } from './search-url';

describe('search address', () => {
  it('reads text, filters and sort, and writes the same address back', () => {
    const query = { q: ' 台式计算机 ', category: 'A020101', brand: ['联想', '华为'], tag: 'ENERGY_SAVING', region: '330100', priceMin: '1000', priceMax: '5000.5', inStock: '1', sort: 'PRICE_ASC' };
    const state = stateFromQuery(query);
    expect(state).toEqual({
      text: '台式计算机',
      category: 'A020101',
      brands: ['联想', '华为'],
      tags: ['ENERGY_SAVING'],
      regions: ['330100'],
      priceMin: '1000',
      priceMax: '5000.5',
      inStock: true,
      sort: 'PRICE_ASC',
    });
    expect(queryFromState(state)).toEqual({ ...query, q: '台式计算机', tag: ['ENERGY_SAVING'], region: ['330100'] });
    expect(filtersFromState(state)).toEqual({
      categoryCode: 'A020101',
      brands: ['联想', '华为'],
      policyTags: ['ENERGY_SAVING'],
      supplierRegions: ['330100'],
      priceMin: '1000',
      priceMax: '5000.5',
      inStock: true,
    });
  });

  it('leaves out malformed values and defaults, so a plain search has no filters', () => {
    const state = stateFromQuery({ q: 'M437', tag: ['NOT_A_TAG', 'SME'], region: ['33', 'abc'], priceMin: '12.345', priceMax: '-1', inStock: 'yes', sort: 'CHEAPEST' });
    expect(state).toMatchObject({ tags: ['SME'], regions: [], priceMin: null, priceMax: null, inStock: false, sort: 'RELEVANCE' });
    const plain = stateFromQuery({ q: 'M437' });
    expect(filtersFromState(plain)).toBeNull();
    expect(queryFromState(plain)).toEqual({ q: 'M437' });
  });

  it('toggles a value of a multi-valued filter', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
