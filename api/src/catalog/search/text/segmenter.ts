import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { DEMO_CATEGORIES } from '../../categories/category-tree-data.js';

// The dictionary module is CommonJS with no exports map entry for ESM; load it by require.
const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };

/**
 * Product names of the procurement catalogue (the names of its leaf categories, in Chinese
 * characters only), added to jieba's dictionary: 台式计算机 is one word, not 台式 and 计算机.
 * A query for it then asks for the one token, which documents carry beside its parts (search
 * mode), so 便携式计算机 配台式支架 no longer answers 台式计算机, and the planner sees one word's
 * count instead of multiplying two words it takes as independent. Group names (打印设备,
 * 信息技术服务) are not what buyers type for a product; they stay split.
 */
export const PRODUCT_WORDS: readonly string[] = [
  ...new Set(
    DEMO_CATEGORIES.filter((c) => !DEMO_CATEGORIES.some((d) => d.code !== c.code && d.code.startsWith(c.code)))
      .map((c) => c.name)
      .filter((n) => /^\p{Script=Han}{3,12}$/u.test(n)),
  ),
];
/** Frequency given to product words: above any split of them in jieba's dictionary. */
const PRODUCT_WORD_FREQUENCY = 50_000;

/**
 * The version of the index side's tokens. Documents written with an older one are
 * re-tokenised (`retokeniseStale`) by a job each worker queues at start and by the nightly
 * rank job; until a province has none left, queries also accept the older tokens
 * (`compatWords`). Raise it whenever `indexTokens` changes.
 * 1: jieba's own dictionary; 2: with `PRODUCT_WORDS`.
 */
export const TEXT_VERSION = 2;

let jieba: Jieba | undefined;
/** How jieba's own dictionary splits each product word, for queries over older documents. */
let previousCuts: ReadonlyMap<string, string[]> | undefined;
/** One instance per process: loading the dictionary takes ~100 ms. */
function segmenter(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(dict);
    previousCuts = new Map(PRODUCT_WORDS.map((w) => [w, clean(j.cut(w, true))]));
    j.loadDict(Buffer.from(PRODUCT_WORDS.map((w) => `${w} ${PRODUCT_WORD_FREQUENCY} n`).join('\n')));
    jieba = j;
  }
  return jieba;
}

/**
 * The words a query word stood for before `TEXT_VERSION` 2, when it is a product word
 * jieba's own dictionary splits (台式计算机 → 台式, 计算机); null otherwise.
 */
export function compatWords(word: string): string[] | null {
  segmenter();
  const cut = previousCuts!.get(word);
  return cut && cut.length > 1 ? cut : null;
}

/**
 * Runs of Latin letters and digits (model numbers, English words): jieba splits `i5-1340|P`.
 * A slash separates specifications (`16G/512G`), so it ends a run.
 */
const LATIN_RUN = /[a-z0-9](?:[a-z0-9.\-_]*[a-z0-9])?/g;
/** A token worth indexing: it holds a letter, a digit or a CJK character. */
const MEANINGFUL = /[\p{L}\p{N}]/u;
const STOP_WORDS = new Set(['的', '和', '与', '及', '或', '了', '等', '/', '-']);
/** PostgreSQL refuses lexemes over 2 KiB; real ones are far shorter. */
const MAX_TOKEN_CHARS = 64;

/** Full-width to half-width, lower case: ＩＴ and It index alike. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function clean(tokens: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const raw of tokens) {
    const t = raw.trim();
    if (t && t.length <= MAX_TOKEN_CHARS && MEANINGFUL.test(t) && !STOP_WORDS.has(t)) out.add(t);
  }
  return [...out];
}

/** Latin runs of a normalised text. */
export function latinRuns(normalised: string): string[] {
  return [...normalised.matchAll(LATIN_RUN)].map((m) => m[0]);
}

/** Index side: jieba search mode (all sub-words) plus whole Latin runs. */
export function indexTokens(text: string): string[] {
  const n = normalise(text);
  return clean([...segmenter().cutForSearch(n, true), ...latinRuns(n)]);
}

/** What a query asks for: Chinese words (jieba precise mode) and Latin terms. */
export interface QueryTerms {
  /** Every one must be among the listing's tokens. */
  words: string[];
  /** Model numbers and English words: each must match a token, or the model or brand (substring or typo). */
  latin: string[];
}

export function queryTerms(text: string): QueryTerms {
  const n = normalise(text);
  const latin = clean(latinRuns(n));
  const rest = n.replace(LATIN_RUN, ' ');
  return { words: clean(segmenter().cut(rest, true)), latin };
}

/** A lexeme quoted for a tsquery literal (quotes and backslashes escaped). */
export function tsLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
