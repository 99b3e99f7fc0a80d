import { describe, expect, it } from 'vitest';
import { queryTerms } from '../text/segmenter.js';
import { buildSearch } from './pg-search.query.js';
import { matchPredicate, substringTerms } from './search-sql.js';
import type { TermLookup } from './search-terms.js';

const TENANT = '01a20e90-60cd-72bc-8e68-8ea858b41a58';
const known: TermLookup = { known: true, corrections: [] };
const unknown: TermLookup = { known: false, corrections: [] };

/** The ORDER BY of the statement's `sparse` part: how the lookup is made. */
function lookupOrder(text: string, codes: Map<string, TermLookup>): string {
  const statement = buildSearch(TENANT, { text }, 20, { cap: 300, walk: 5_000 }, codes).text;
  const sparse = statement.slice(statement.indexOf('sparse as materialized'), statement.indexOf('    c as ('));
  return /order by (.+?) desc, d\.listing_id/.exec(sparse)![1];
}

describe('search predicates', () => {
  it('tests inside models and brands only the Latin terms the dictionary cannot place, from three characters', () => {
    const terms = queryTerms('Latitude 500 i5 笔记本');
    expect(terms.latin).toEqual(['latitude', '500', 'i5']);
    // Nothing looked up yet: every term of three or more characters.
    expect(substringTerms(terms)).toEqual(['latitude', '500']);
    // A known code is a token; so is an unknown one with corrections.
    expect(substringTerms(terms, new Map([['latitude', known]]))).toEqual(['500']);
    expect(substringTerms(terms, new Map([['latitude', { known: false, corrections: ['latitudes'] }], ['500', unknown]]))).toEqual(['500']);
  });

  it('writes the substring test for exactly those terms', () => {
    const terms = queryTerms('Latitude 500');
    const predicate = matchPredicate(terms, new Map([['latitude', known]]))!;
    expect(predicate.text.match(/ilike/g)).toHaveLength(2);
    expect(predicate.params).toEqual(expect.arrayContaining(['%500%']));
    expect(predicate.params).not.toEqual(expect.arrayContaining(['%latitude%']));
    expect(matchPredicate(queryTerms('i5'))!.text).not.toContain('ilike');
  });

  it('makes a lookup with a substring test from the indexes, not from a walk in rank order', () => {
    // The planner cannot estimate `%500%` next to another word; with rank + 0 it cannot walk.
    expect(lookupOrder('Latitude 500', new Map([['latitude', known]]))).toBe('d.rank + 0');
    expect(lookupOrder('ZX-9000', new Map([['zx-9000', unknown]]))).toBe('d.rank + 0');
    // Words and known codes: the planner's estimate is sound; it may walk.
    expect(lookupOrder('台式计算机 ThinkPad', new Map([['thinkpad', known]]))).toBe('d.rank');
    expect(lookupOrder('i5', new Map())).toBe('d.rank');
  });

  it('walks a posted word by its postings, and looks up from the indexes what they found too few of', () => {
    const posted = new Map([['台式计算机', { lexemes: ['台式计算机', '台式机'], documents: 50_000 }], ['联想', { lexemes: ['联想'], documents: 20_000 }]]);
    const statement = (text: string, words = posted) => buildSearch(TENANT, { text }, 20, { cap: 300, walk: 5_000 }, new Map(), false, words);
    const anchored = statement('联想 台式计算机');
    expect(anchored.params).toEqual(expect.arrayContaining(['联想', '{"联想"}']));
    expect(anchored.text).toContain('from search_posting p');
    expect(anchored.text).not.toContain('reached as materialized');
    const sparse = anchored.text.slice(anchored.text.indexOf('sparse as materialized'), anchored.text.indexOf('    c as ('));
    expect(/order by (.+?) desc, d\.listing_id/.exec(sparse)![1]).toBe('d.rank + 0');
    // Not posted, posted under other synonyms, or no Chinese word: the walk over every document.
    for (const s of [statement('办公椅'), statement('台式计算机', new Map([['台式计算机', { lexemes: ['台式计算机'], documents: 50_000 }]])), statement('ThinkPad'), statement('联想', new Map())]) {
      expect(s.text).not.toContain('search_posting');
    }
  });
});
