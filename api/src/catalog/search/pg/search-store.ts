import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import { AppError } from '../../../platform/errors/app-error.js';
import type { SearchDocument } from '../search-port.js';
import { indexTokens, TEXT_VERSION } from '../text/segmenter.js';
import { arrayLiteral } from './sql-fragment.js';

/** Descriptions are long; their first part carries what buyers search for. */
const DESCRIPTION_TOKEN_CHARS = 600;
/**
 * Tokens kept per part. The tsvector is also carried by the covering rank index, whose
 * entries must stay under about 2.7 kB; these bound it near 1.7 kB.
 */
const MAX_TOKENS = { title: 80, supplier: 16, description: 48 } as const;
const REGION = /^\d{6}$/;

/** A document checked and tokenised for the upsert statement (JSON for jsonb_to_recordset). */
function row(doc: SearchDocument) {
  if (doc.priceFen <= 0n) throw new AppError('SEARCH_DOCUMENT_INVALID', { listingId: doc.listingId, field: 'priceFen' });
  if (!Number.isInteger(doc.integrityScore) || doc.integrityScore < 0 || doc.integrityScore > 100) throw new AppError('SEARCH_DOCUMENT_INVALID', { listingId: doc.listingId, field: 'integrityScore' });
  if (!REGION.test(doc.supplierRegion)) throw new AppError('SEARCH_DOCUMENT_INVALID', { listingId: doc.listingId, field: 'supplierRegion' });
  if (doc.categoryPath.length === 0) throw new AppError('SEARCH_DOCUMENT_INVALID', { listingId: doc.listingId, field: 'categoryPath' });
  return {
    listing_id: doc.listingId,
    title: doc.title,
    description: doc.description,
    brand: doc.brand,
    model: doc.model,
    category_path: doc.categoryPath,
    price_fen: doc.priceFen.toString(),
    stock: doc.stock,
    sales_count: doc.salesCount,
    policy_claims: doc.policyTags,
    supplier_id: doc.supplierId,
    supplier_name: doc.supplierName,
    supplier_region: doc.supplierRegion,
    integrity_score: doc.integrityScore,
    updated_at: doc.updatedAt.toISOString(),
    ...documentTokens(doc),
  };
}

/** The token lists of a document's parts, weighted A (title, brand, model), C (supplier) and D (description). */
function documentTokens(doc: Pick<SearchDocument, 'title' | 'brand' | 'model' | 'supplierName' | 'description'>) {
  return {
    tokens_a: indexTokens(`${doc.title} ${doc.brand} ${doc.model}`).slice(0, MAX_TOKENS.title),
    tokens_c: indexTokens(doc.supplierName).slice(0, MAX_TOKENS.supplier),
    tokens_d: indexTokens(doc.description.slice(0, DESCRIPTION_TOKEN_CHARS)).slice(0, MAX_TOKENS.description),
  };
}

/** The weighted tsvector of a row of `jsonb_to_recordset` with the three token lists. */
const TOKENS_SQL = `setweight(array_to_tsvector(r.tokens_a), 'A') || setweight(array_to_tsvector(r.tokens_c), 'C') || setweight(array_to_tsvector(r.tokens_d), 'D')`;

/**
 * Writes search documents in one statement per batch and returns their title tokens (for the
 * term dictionary). Ranks are filled by the recompute that follows (ranking/ranking-recompute.ts).
 */
export async function writeDocuments(em: EntityManager, ctx: TenantContext, docs: readonly SearchDocument[]): Promise<string[]> {
  const foreign = docs.find((d) => d.tenantId !== ctx.tenantId);
  if (foreign) throw new AppError('SEARCH_DOCUMENT_INVALID', { listingId: foreign.listingId, field: 'tenantId' });
  if (docs.length === 0) return [];
  const rows = docs.map(row);
  await em.execute(
    `insert into search_document (listing_id, tenant_id, title, description, brand, model, category_path, price_fen, stock,
       sales_count, policy_claims, policy_tags, supplier_id, supplier_name, supplier_region, integrity_score, updated_at, tokens, text_version)
     select r.listing_id, ?::uuid, r.title, r.description, r.brand, r.model, r.category_path, r.price_fen, r.stock,
       r.sales_count, r.policy_claims, '{}', r.supplier_id, r.supplier_name, r.supplier_region, r.integrity_score, r.updated_at,
       ${TOKENS_SQL}, ${TEXT_VERSION}
     from jsonb_to_recordset(?::jsonb) as r(listing_id uuid, title text, description text, brand text, model text, category_path text[],
       price_fen bigint, stock int, sales_count int, policy_claims jsonb, supplier_id uuid, supplier_name text, supplier_region text,
       integrity_score smallint, updated_at timestamptz, tokens_a text[], tokens_c text[], tokens_d text[])
     on conflict (listing_id) do update set
       title = excluded.title, description = excluded.description, brand = excluded.brand, model = excluded.model,
       category_path = excluded.category_path, price_fen = excluded.price_fen, stock = excluded.stock,
       sales_count = excluded.sales_count, policy_claims = excluded.policy_claims, supplier_id = excluded.supplier_id,
       supplier_name = excluded.supplier_name, supplier_region = excluded.supplier_region,
       integrity_score = excluded.integrity_score, updated_at = excluded.updated_at, tokens = excluded.tokens,
       text_version = excluded.text_version
     -- An older change arriving late (at-least-once delivery) must not overwrite a newer one.
     where search_document.updated_at <= excluded.updated_at`,
    [ctx.tenantId, JSON.stringify(rows)],
  );
  return rows.flatMap((r) => r.tokens_a);
}

export async function deleteDocuments(em: EntityManager, ctx: TenantContext, listingIds: readonly string[]): Promise<void> {
  if (listingIds.length === 0) return;
  await em.execute(`delete from search_document where tenant_id = ? and listing_id = any(?::uuid[])`, [ctx.tenantId, arrayLiteral(listingIds)]);
}

/** Documents re-tokenised per statement by `retokeniseStale`. */
export const RETOKENISE_BATCH = 500;

/**
 * Writes the current tokens of up to `batch` of the tenant's documents written with an older
 * `TEXT_VERSION`, from their own stored text (ranks and everything else stay). A document
 * rewritten meanwhile (another `updated_at`) already has current tokens and is left alone.
 * Returns how many it rewrote: 0 when none is left.
 */
export async function retokeniseStale(em: EntityManager, ctx: TenantContext, batch = RETOKENISE_BATCH): Promise<number> {
  // updated_at as text: the exact stored value, compared as it was read.
  const stale = await em.execute<{ listing_id: string; title: string; brand: string; model: string; supplier_name: string; description: string; updated_at: string }[]>(
    `select listing_id, title, brand, model, supplier_name, description, updated_at::text as updated_at from search_document
     where tenant_id = ? and text_version < ${TEXT_VERSION} order by listing_id limit ?`,
    [ctx.tenantId, batch],
  );
  if (stale.length === 0) return 0;
  const rows = stale.map((d) => ({
    listing_id: d.listing_id,
    updated_at: d.updated_at,
    ...documentTokens({ title: d.title, brand: d.brand, model: d.model, supplierName: d.supplier_name, description: d.description }),
  }));
  const written = await em.execute<{ listing_id: string }[]>(
    `update search_document d set tokens = ${TOKENS_SQL}, text_version = ${TEXT_VERSION}
     from jsonb_to_recordset(?::jsonb) as r(listing_id uuid, updated_at timestamptz, tokens_a text[], tokens_c text[], tokens_d text[])
     where d.tenant_id = ? and d.listing_id = r.listing_id and d.updated_at = r.updated_at and d.text_version < ${TEXT_VERSION}
     returning d.listing_id`,
    [JSON.stringify(rows), ctx.tenantId],
  );
  return written.length;
}

/** Whether every document of the tenant has tokens of the current `TEXT_VERSION`. */
export async function allTokensCurrent(em: EntityManager, ctx: TenantContext): Promise<boolean> {
  const [r] = await em.execute<{ current: boolean }[]>(
    `select not exists (select 1 from search_document where tenant_id = ? and text_version < ${TEXT_VERSION}) as current`,
    [ctx.tenantId],
  );
  return r.current;
}
