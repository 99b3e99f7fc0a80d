import { formatYuan, type Locale, type PolicyTag } from '@zhengcai/schema';
import type { ListingScore, RankComponents } from '../search-port.js';
import { type RankingFormula, WEIGHT_TOTAL_BP } from './ranking-formula.js';

export type ComponentKey = keyof RankComponents;

export interface ExplanationLine {
  component: ComponentKey;
  label: string;
  /** The component, 0–1. */
  value: number;
  weightBp: number;
  /** value × weight: its share of the rank. */
  contribution: number;
  /** What the value came from, in words. */
  detail: string;
}

/** Why a listing ranks where it does, in the reader's language. */
export interface RankingExplanation {
  listingId: string;
  title: string;
  text: string | null;
  matched: boolean;
  relevance: number;
  rank: number;
  score: number;
  lines: ExplanationLine[];
  /** How the score is put together, in words. */
  formula: string;
  /** Set when the formula changed after the last recompute: the stored rank will follow. */
  pendingRecompute: boolean;
}

const TAG_LABELS: Record<PolicyTag, Record<Locale, string>> = {
  energy_saving: { 'zh-CN': '节能产品', en: 'energy-saving product' },
  environmental_label: { 'zh-CN': '环境标志产品', en: 'environmental label' },
  first_of_kind: { 'zh-CN': '首台套产品', en: 'first-of-kind product' },
  sme: { 'zh-CN': '中小企业', en: 'SME' },
  prison_enterprise: { 'zh-CN': '监狱企业', en: 'prison enterprise' },
  disability_welfare: { 'zh-CN': '残疾人福利性单位', en: 'disability welfare unit' },
  rural_revitalization: { 'zh-CN': '脱贫地区农副产品', en: 'poverty-relief region produce' },
};

export const policyTagLabel = (tag: PolicyTag, locale: Locale) => TAG_LABELS[tag][locale];

const LABELS: Record<ComponentKey, Record<Locale, string>> = {
  policy: { 'zh-CN': '政策功能', en: 'Policy functions' },
  integrity: { 'zh-CN': '供应商诚信', en: 'Supplier integrity' },
  price: { 'zh-CN': '价格竞争力', en: 'Price competitiveness' },
  sales: { 'zh-CN': '销量', en: 'Sales' },
};

const yuan = (fen: bigint) => `¥${formatYuan(fen)}`;

function detail(component: ComponentKey, s: ListingScore, formula: RankingFormula, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (component) {
    case 'policy': {
      const counted = s.policyTags.filter((t) => formula.policyTags.includes(t)).map((t) => policyTagLabel(t, locale));
      if (counted.length) return zh ? `持有有效的政策功能标识：${counted.join('、')}` : `Holds valid policy labels: ${counted.join(', ')}`;
      return zh ? '无计入排序的有效政策功能标识' : 'No valid policy label that counts for ranking';
    }
    case 'integrity':
      return zh ? `供应商诚信分 ${s.integrityScore}/100` : `Supplier integrity score ${s.integrityScore}/100`;
    case 'price':
      if (s.medianFen === null) return zh ? '尚未计算类目中位价' : 'Category median not computed yet';
      return zh
        ? `价格 ${yuan(s.priceFen)}，同类目中位价 ${yuan(s.medianFen)}（中位价处为 0.5，越便宜越高）`
        : `Price ${yuan(s.priceFen)} against a category median of ${yuan(s.medianFen)} (0.5 at the median, higher when cheaper)`;
    case 'sales':
      return zh ? `累计销量 ${s.salesCount}（与本省最高销量按对数比较）` : `${s.salesCount} sold (compared on a log scale with the province's best seller)`;
  }
}

export function explainScore(s: ListingScore, formula: RankingFormula, locale: Locale, text: string | null): RankingExplanation {
  const weights: Record<ComponentKey, number> = {
    policy: formula.policyWeightBp,
    integrity: formula.integrityWeightBp,
    price: formula.priceWeightBp,
    sales: formula.salesWeightBp,
  };
  const lines = (Object.keys(weights) as ComponentKey[]).map((component) => {
    const value = s.breakdown.components[component];
    return { component, label: LABELS[component][locale], value, weightBp: weights[component], contribution: (value * weights[component]) / WEIGHT_TOTAL_BP, detail: detail(component, s, formula, locale) };
  });
  const sum = lines.reduce((acc, l) => acc + l.contribution, 0);
  const zh = locale === 'zh-CN';
  const formulaText = text
    ? zh
      ? '得分 = 文本相关度 × (1 + 排序分)；排序分 = Σ 各项分值 × 权重。同等相关度下，政策功能产品优先展示。'
      : 'Score = text relevance × (1 + rank); rank = Σ component × weight. At equal relevance, policy goods come first.'
    : zh
      ? '无搜索词时按排序分排列；排序分 = Σ 各项分值 × 权重。'
      : 'Without search text, listings are ordered by rank; rank = Σ component × weight.';
  return {
    listingId: s.listingId,
    title: s.title,
    text,
    matched: s.matched,
    relevance: s.breakdown.relevance,
    rank: s.breakdown.rank,
    score: s.breakdown.score,
    lines,
    formula: formulaText,
    pendingRecompute: Math.abs(sum - s.breakdown.rank) > 1e-9,
  };
}
