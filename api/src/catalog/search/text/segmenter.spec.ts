import { describe, expect, it } from 'vitest';
import { compatWords, indexTokens, PRODUCT_WORDS, queryTerms, tsLexeme } from './segmenter.js';

describe('segmenter', () => {
  it('indexes Chinese in search mode, so a query word finds the compound', () => {
    const tokens = indexTokens('联想 启天 M437 台式计算机');
    expect(tokens).toEqual(expect.arrayContaining(['联想', '台式', '计算机', 'm437']));
    expect(queryTerms('联想 计算机').words).toEqual(['联想', '计算机']);
    expect(tokens).toEqual(expect.arrayContaining(queryTerms('联想 计算机').words));
  });

  it('knows the catalogue\'s product names as words, and their parts as tokens', () => {
    expect(PRODUCT_WORDS).toEqual(expect.arrayContaining(['台式计算机', '便携式计算机', '喷墨打印机', '液晶显示器']));
    expect(PRODUCT_WORDS).not.toContain('LED 照明产品');
    expect(PRODUCT_WORDS).not.toContain('打印设备'); // a group of categories, not a product
    expect(queryTerms('台式计算机').words).toEqual(['台式计算机']);
    expect(queryTerms('联想便携式计算机').words).toEqual(['联想', '便携式计算机']);
    expect(indexTokens('联想 启天 M437 台式计算机')).toEqual(expect.arrayContaining(['台式计算机', '台式', '计算机']));
    // Two products in one text: the document is not a 台式计算机 though it holds both parts.
    expect(indexTokens('便携式计算机 配台式支架')).not.toContain('台式计算机');
  });

  it('says what a product word stood for before the product names were words', () => {
    expect(compatWords('台式计算机')).toEqual(['台式', '计算机']);
    expect(compatWords('平板式微型计算机')).toEqual(['平板式', '微型', '计算机']);
    expect(compatWords('办公椅')).toBeNull(); // one word in jieba's own dictionary already
    expect(compatWords('联想')).toBeNull();
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
