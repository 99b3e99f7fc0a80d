import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyTag } from '@zhengcai/schema';
import type { Settings } from 'meilisearch';
import { arrayLiteral } from '../pg/sql-fragment.js';
import { bucketOf } from '../price-buckets.js';
import { synonymTable } from '../text/synonyms.js';

/**
 * A listing as Meilisearch holds it. Prices are numbers here: Meilisearch stores numbers as
 * doubles, exact for integers below 2^53 fen (¥90 trillion); search reads them back to bigint.
 */
export interface MeiliDocument {
  listingId: string;
  title: string;
  description: string;
  brand: string;
  model: string;
  categoryPath: string[];
  /** `depth:code` for every category on the path: the facet one level below a filter. */
  categoryNodes: string[];
  priceFen: number;
  priceBucket: number;
  stock: number;
  inStock: boolean;
  salesCount: number;
  policyTags: PolicyTag[];
  supplierId: string;
  supplierName: string;
  supplierRegion: string;
  /** Province, city and county codes of the supplier: a region filter matches any level. */
  regionLevels: string[];
  integrityScore: number;
  rank: number;
  rankPolicy: number;
  rankIntegrity: number;
  rankPrice: number;
  rankSales: number;
}

/** Index settings; `rank:desc` after the text rules puts policy goods first at equal relevance. */
export function indexSettings(maxTotalHits: number): Settings {
  return {
    searchableAttributes: ['title', 'brand', 'model', 'supplierName', 'description'],
    filterableAttributes: ['listingId', 'categoryPath', 'categoryNodes', 'brand', 'priceFen', 'priceBucket', 'policyTags', 'regionLevels', 'inStock'],
    sortableAttributes: ['priceFen', 'salesCount', 'rank', 'listingId'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rank:desc'],
    localizedAttributes: [{ attributePatterns: ['title', 'description', 'supplierName'], locales: ['cmn'] }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // The same words buyers use for products as the PostgreSQL adapter (synonyms.ts).
    synonyms: synonymTable(),
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits },
  };
}

export const regionLevels = (code: string) => [...new Set([`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code])];

interface Row {
  listing_id: string; title: string; description: string; brand: string; model: string; category_path: string[]; price_fen: string;
  stock: number; sales_count: number; policy_tags: PolicyTag[]; supplier_id: string; supplier_name: string; supplier_region: string;
  integrity_score: number; rank: number; rank_policy: number; rank_integrity: number; rank_price: number; rank_sales: number;
}

/** The stored rows (with the ranks PostgreSQL computed) as Meilisearch documents. */
export async function readMeiliDocuments(em: EntityManager, tenantId: string, listingIds: readonly string[]): Promise<MeiliDocument[]> {
  if (listingIds.length === 0) return [];
  const rows = await em.execute<Row[]>(
    `select listing_id, title, description, brand, model, category_path, price_fen::text as price_fen, stock, sales_count, policy_tags,
            supplier_id, supplier_name, supplier_region, integrity_score, rank, rank_policy, rank_integrity, rank_price, rank_sales
     from search_document where tenant_id = ? and listing_id = any(?::uuid[])`,
    [tenantId, arrayLiteral(listingIds)],
  );
  return rows.map((r) => ({
    listingId: r.listing_id,
    title: r.title,
    description: r.description,
    brand: r.brand,
    model: r.model,
    categoryPath: r.category_path,
    categoryNodes: r.category_path.map((code, i) => `${i + 1}:${code}`),
    priceFen: Number(r.price_fen),
    priceBucket: bucketOf(BigInt(r.price_fen)),
    stock: r.stock,
    inStock: r.stock > 0,
    salesCount: r.sales_count,
    policyTags: r.policy_tags,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    supplierRegion: r.supplier_region,
    regionLevels: regionLevels(r.supplier_region),
    integrityScore: r.integrity_score,
    rank: r.rank,
    rankPolicy: r.rank_policy,
    rankIntegrity: r.rank_integrity,
    rankPrice: r.rank_price,
    rankSales: r.rank_sales,
  }));
}
