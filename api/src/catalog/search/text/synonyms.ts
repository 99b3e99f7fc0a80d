/**
 * Words buyers type for a product beside the name the procurement catalogue gives it: a
 * buyer asks for 电脑 or 笔记本电脑, the listing says 计算机 or 便携式计算机. Queries only: a
 * query word also matches its other words, so documents and their tokens stay as they are
 * (no re-tokenising when the list grows). Each entry is a word as the segmenter cuts a query
 * (台式电脑 is 台式 + 电脑, so 电脑 → 计算机 covers it); synonyms.spec.ts checks that.
 *
 * One list for every province, like the product words (segmenter.ts): these are the national
 * catalogue's names and the everyday words for them.
 */

/** Each word of a group finds the others. */
const SAME_PRODUCT: readonly (readonly string[])[] = [
  ['计算机', '电脑'],
  ['台式计算机', '台式机'],
  ['便携式计算机', '笔记本电脑'],
  ['复印纸', '打印纸'],
  ['投影仪', '投影机'],
  ['文件柜', '档案柜'],
  ['乘用车', '轿车', '小汽车'],
  ['多功能一体机', '复合机'],
];

/**
 * Words that name a product and something else too: they also find the product, but the
 * product's name does not find them (a search for 便携式计算机 should not bring paper notebooks).
 */
const ALSO_MEANS: Readonly<Record<string, readonly string[]>> = {
  笔记本: ['便携式计算机'],
  电脑桌: ['办公桌'],
};

const TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  const add = (word: string, others: readonly string[]) => {
    const known = table.get(word) ?? [];
    table.set(word, [...new Set([...known, ...others.filter((o) => o !== word)])]);
  };
  for (const group of SAME_PRODUCT) for (const word of group) add(word, group);
  for (const [word, others] of Object.entries(ALSO_MEANS)) add(word, others);
  return table;
})();

/** The other words a query word also matches; empty for most. */
export function synonymsOf(word: string): readonly string[] {
  return TABLE.get(word) ?? [];
}

/** Every word with the others it finds, for an engine that expands queries itself (Meilisearch). */
export function synonymTable(): Record<string, string[]> {
  return Object.fromEntries([...TABLE].map(([word, others]) => [word, [...others]]));
}
