import { describe, expect, it } from 'vitest';
import { filtersFromState, queryFromState, readTyped, stateFromQuery, toggle } from './search-url';

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

  it('reads a category code typed in the box as the category filter, and leaves the rest as text', () => {
    const known = new Set(['A02', 'A020101', 'A02010104']);
    expect(readTyped(' a02010104 ', known)).toEqual({ text: '', category: 'A02010104' });
    expect(readTyped('联想  A020101 节能', known)).toEqual({ text: '联想 节能', category: 'A020101' });
    // A paper size, an unknown code and plain words stay text; only the first code is taken.
    expect(readTyped('A4 打印纸', known)).toEqual({ text: 'A4 打印纸' });
    expect(readTyped('A99 台式计算机', known)).toEqual({ text: 'A99 台式计算机' });
    expect(readTyped('A02 A020101', known)).toEqual({ text: 'A020101', category: 'A02' });
    // Before the tree has loaded, everything is text.
    expect(readTyped('A02010104', new Set())).toEqual({ text: 'A02010104' });
  });
});
