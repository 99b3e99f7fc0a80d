import { describe, expect, it } from 'vitest';
import { queryTerms } from './segmenter.js';
import { synonymsOf, synonymTable } from './synonyms.js';

describe('synonyms', () => {
  it('lets each word of a group find the others', () => {
    expect(synonymsOf('电脑')).toEqual(['计算机']);
    expect(synonymsOf('计算机')).toEqual(['电脑']);
    expect([...synonymsOf('轿车')].sort()).toEqual(['乘用车', '小汽车'].sort());
    expect(synonymsOf('打印纸')).toEqual(['复印纸']);
  });

  it('lets a word with another meaning find the product, not the reverse', () => {
    expect(synonymsOf('笔记本')).toEqual(['便携式计算机']);
    expect(synonymsOf('便携式计算机')).toEqual(['笔记本电脑']);
    expect(synonymsOf('办公桌')).toEqual([]);
  });

  it('has nothing for other words', () => {
    expect(synonymsOf('空调')).toEqual([]);
    expect(synonymsOf('')).toEqual([]);
  });

  it('lists only words a query is cut into, so every entry can be asked', () => {
    for (const [word, others] of Object.entries(synonymTable())) {
      expect(queryTerms(word).words, word).toEqual([word]);
      for (const other of others) expect(queryTerms(other).words, other).toEqual([other]);
    }
  });
});
