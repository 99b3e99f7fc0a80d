/** The storefront's search query: hits, totals and every facet, as a results page asks. */
export const SEARCH_DOCUMENT = `query ($t: String, $f: SearchFiltersInput, $s: SearchSort) {
  search(text: $t, filters: $f, sort: $s, first: 20) {
    total { value exact }
    nodes { listingId title price policyTags supplierName score { relevance rank score } }
    pageInfo { hasNextPage endCursor }
    facets { categories { value count } brands { value count } policyTags { value count } regions { value count } priceBuckets { min max count } }
  }
}`;

export interface SearchCase { name: string; variables: { t?: string; f?: object; s?: string } }

/** A mix of what buyers type: Chinese words, brands, model numbers (one mistyped), filters and sorts. */
export const MIXED: SearchCase[] = [
  { name: '台式计算机', variables: { t: '台式计算机' } },
  { name: '打印纸 in stock', variables: { t: '打印纸', f: { inStock: true } } },
  { name: '空调 energy-saving, category', variables: { t: '空调', f: { policyTags: ['ENERGY_SAVING'], categoryCode: 'A0206' } } },
  { name: 'model i5-1340P', variables: { t: 'i5-1340P' } },
  { name: 'model typo i5-1430P', variables: { t: 'i5-1430P' } },
  { name: '联想 便携式计算机', variables: { t: '联想 便携式计算机' } },
  { name: 'browse category A020101', variables: { f: { categoryCode: 'A020101' } } },
  { name: '办公椅 by price', variables: { t: '办公椅', s: 'PRICE_ASC' } },
  { name: '格力 空调 ¥2,000–5,000', variables: { t: '格力 空调', f: { priceMin: '2000.00', priceMax: '5000.00' } } },
  { name: 'ThinkPad', variables: { t: 'ThinkPad' } },
  { name: '大米 Zhejiang suppliers', variables: { t: '大米', f: { supplierRegions: ['330000'] } } },
  { name: '服务器 by sales', variables: { t: '服务器', s: 'SALES' } },
];

/** One very common word and no filter: the case the candidate cap bounds. */
export const COMMON_WORD: SearchCase = { name: '办公 (common word, no filter)', variables: { t: '办公' } };

/** What few or no listings answer: a product nobody sells, a brand with a product it does not make, a rare model number. */
export const FEW_MATCHES: SearchCase[] = [
  { name: '显微镜 (no listing)', variables: { t: '显微镜' } },
  { name: '得力 碎纸机 (no listing)', variables: { t: '得力 碎纸机' } },
  { name: 'model P1000 (a few listings)', variables: { t: 'P1000' } },
];
