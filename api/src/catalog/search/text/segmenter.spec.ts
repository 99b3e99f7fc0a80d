import { describe, expect, it } from 'vitest';
import { indexTokens, queryTerms, tsLexeme } from './segmenter.js';

describe('segmenter', () => {
  it('indexes Chinese in search mode, so a query word finds the compound', () => {
    const tokens = indexTokens('联想 启天 M437 台式计算机');
    expect(tokens).toEqual(expect.arrayContaining(['联想', '台式', '计算机', 'm437']));
    expect(queryTerms('台式计算机').words).toEqual(['台式', '计算机']);
    expect(tokens).toEqual(expect.arrayContaining(queryTerms('台式计算机').words));
  });

  it('keeps model numbers whole, which jieba alone would split', () => {
    expect(indexTokens('处理器 i5-1340P')).toContain('i5-1340p');
    expect(queryTerms('笔记本 i5-1340P')).toEqual({ words: ['笔记本'], latin: ['i5-1340p'] });
    // A slash separates specifications: each is its own term.
    expect(indexTokens('E14(i5-1340P/16G/512G)')).toEqual(expect.arrayContaining(['e14', 'i5-1340p', '16g', '512g']));
  });

  it('folds full-width characters and case, and drops punctuation and particles', () => {
    expect(queryTerms('ＴｈｉｎｋＰａｄ 的 ，').latin).toEqual(['thinkpad']);
    expect(queryTerms('ＴｈｉｎｋＰａｄ 的 ，').words).toEqual([]);
  });

  it('quotes lexemes for tsquery input', () => {
    expect(tsLexeme("o'neil\\x")).toBe("'o''neil\\\\x'");
  });
});
