import { describe, expect, it } from 'vitest';
import { regionTokens, regionTokenTest } from './region-tokens.js';

describe('region tokens', () => {
  it('names a city by its four digits and a county by all six; a province needs no test', () => {
    expect(regionTokens(['330100', '330206'])).toEqual(['region_3301', 'region_330206']);
    expect(regionTokens(['330100', '330000'])).toBeNull();
    expect(regionTokens([])).toBeNull();
    expect(regionTokens(undefined)).toBeNull();
  });

  it('tests the token column for any of them, and nothing without a region', () => {
    const test = regionTokenTest({ supplierRegions: ['330100', '330206'], categoryCode: 'A02' })!;
    expect(test.text).toBe('d.region_tokens @@ ?::tsquery');
    expect(test.params).toEqual(["'region_3301' | 'region_330206'"]);
    expect(regionTokenTest({ categoryCode: 'A02' })).toBeNull();
  });
});
