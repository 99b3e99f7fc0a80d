import { EnterpriseSize, formatYuan, type Fen, PolicyTag, type PolicyTagClaim } from '@zhengcai/schema';
import { checkText, type ProblemList } from '../problems.js';

/** What a supplier gives for a listing, through GraphQL or a row of a bulk upload. */
export interface ListingInput {
  categoryCode: string;
  standardProductId?: string | null;
  title: string;
  description: string;
  brand?: string | null;
  model?: string | null;
  priceFen: Fen;
  stock: number;
  deliveryRegionCodes: string[];
  imageUrls?: string[] | null;
  warrantyMonths: number;
  policyTags?: PolicyTagInput[] | null;
}

export interface PolicyTagInput {
  tag: PolicyTag;
  certificateNo?: string | null;
  issuer?: string | null;
  validUntil?: string | null;
}

/** The checked input, ready to store (category and standard product are resolved by the caller). */
export interface CheckedListing {
  categoryCode: string;
  standardProductId: string | null;
  title: string;
  description: string;
  brand: string | null;
  model: string | null;
  priceFen: Fen;
  stock: number;
  deliveryRegionCodes: string[];
  imageUrls: string[];
  warrantyMonths: number;
  policyTags: PolicyTagClaim[];
}

export const LISTING_LIMITS = {
  title: 120,
  description: 5000,
  /** ¥100,000,000: far above any e-mall order, well inside bigint and the Money scalar. */
  maxPriceFen: 10_000_000_000n,
  maxStock: 10_000_000,
  maxWarrantyMonths: 120,
  maxRegions: 50,
  maxImages: 10,
  maxImageUrl: 500,
} as const;

const REGION = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SME_SIZES: readonly (EnterpriseSize | null | undefined)[] = [EnterpriseSize.Medium, EnterpriseSize.Small, EnterpriseSize.Micro];

export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Checks a price in fen: above zero, at most the mall's ceiling. */
export function checkPrice(problems: ProblemList, field: string, priceFen: Fen): void {
  if (priceFen <= 0n) problems.add(field, 'PRICE_NOT_POSITIVE', { value: formatYuan(priceFen) });
  else if (priceFen > LISTING_LIMITS.maxPriceFen) problems.add(field, 'PRICE_TOO_HIGH', { max: formatYuan(LISTING_LIMITS.maxPriceFen) });
}

export function checkStock(problems: ProblemList, field: string, stock: number): void {
  if (!Number.isInteger(stock) || stock < 0 || stock > LISTING_LIMITS.maxStock) problems.add(field, 'STOCK_INVALID', { max: LISTING_LIMITS.maxStock, value: stock });
}

/**
 * Checks everything about a listing input that needs no database: texts, price, stock,
 * regions, images, warranty and policy claims with their evidence as of `today`.
 */
export function checkListingInput(problems: ProblemList, input: ListingInput, context: { today: string; supplierSize: EnterpriseSize | null | undefined }): CheckedListing {
  const title = checkText(problems, 'title', input.title, 2, LISTING_LIMITS.title);
  const description = checkText(problems, 'description', input.description, 1, LISTING_LIMITS.description);
  const brand = input.brand?.trim() ? checkText(problems, 'brand', input.brand, 1, 64) : null;
  const model = input.model?.trim() ? checkText(problems, 'model', input.model, 1, 64) : null;
  checkPrice(problems, 'price', input.priceFen);
  checkStock(problems, 'stock', input.stock);
  if (!Number.isInteger(input.warrantyMonths) || input.warrantyMonths < 0 || input.warrantyMonths > LISTING_LIMITS.maxWarrantyMonths) {
    problems.add('warrantyMonths', 'WARRANTY_INVALID', { max: LISTING_LIMITS.maxWarrantyMonths, value: input.warrantyMonths });
  }

  const regions = [...new Set(input.deliveryRegionCodes.map((r) => r.trim()))];
  if (regions.length === 0 || regions.length > LISTING_LIMITS.maxRegions) problems.add('deliveryRegionCodes', 'REGIONS_REQUIRED', { max: LISTING_LIMITS.maxRegions });
  regions.forEach((r, i) => {
    if (!REGION.test(r)) problems.add(`deliveryRegionCodes[${i}]`, 'REGION_CODE_FORMAT', { value: r });
  });

  const imageUrls = (input.imageUrls ?? []).map((u) => u.trim());
  if (imageUrls.length > LISTING_LIMITS.maxImages) problems.add('imageUrls', 'TOO_MANY_IMAGES', { max: LISTING_LIMITS.maxImages });
  imageUrls.forEach((u, i) => {
    if (!isHttpsUrl(u)) problems.add(`imageUrls[${i}]`, 'IMAGE_URL_INVALID', { value: u.slice(0, 80) });
  });

  const policyTags = checkPolicyTags(problems, input.policyTags ?? [], context);
  return {
    categoryCode: input.categoryCode.trim().toUpperCase(),
    standardProductId: input.standardProductId?.trim() || null,
    title, description, brand, model,
    priceFen: input.priceFen,
    stock: input.stock,
    deliveryRegionCodes: regions,
    imageUrls,
    warrantyMonths: input.warrantyMonths,
    policyTags,
  };
}

function isHttpsUrl(value: string): boolean {
  if (value.length > LISTING_LIMITS.maxImageUrl) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Policy claims: each tag once; the SME tag follows the supplier's declared size; every other
 * tag needs its certificate (number, issuer, last valid day) and the certificate must be valid today.
 */
function checkPolicyTags(problems: ProblemList, tags: PolicyTagInput[], context: { today: string; supplierSize: EnterpriseSize | null | undefined }): PolicyTagClaim[] {
  const seen = new Set<PolicyTag>();
  const claims: PolicyTagClaim[] = [];
  tags.forEach((t, i) => {
    const at = `policyTags[${i}]`;
    if (seen.has(t.tag)) return problems.add(`${at}.tag`, 'POLICY_TAG_DUPLICATE', { tag: t.tag });
    seen.add(t.tag);
    if (t.tag === PolicyTag.Sme) {
      if (!SME_SIZES.includes(context.supplierSize)) return problems.add(`${at}.tag`, 'SME_NOT_DECLARED');
      claims.push({ tag: t.tag, certificateNo: null, issuer: null, validUntil: null });
      return;
    }
    const certificateNo = t.certificateNo?.trim() ?? '';
    const issuer = t.issuer?.trim() ?? '';
    const validUntil = t.validUntil?.trim() ?? '';
    const missing = !certificateNo ? 'certificateNo' : !issuer ? 'issuer' : !validUntil ? 'validUntil' : null;
    if (missing) return problems.add(`${at}.${missing}`, 'POLICY_CERTIFICATE_REQUIRED', { tag: t.tag });
    const before = problems.items.length;
    checkText(problems, `${at}.certificateNo`, certificateNo, 1, 64);
    checkText(problems, `${at}.issuer`, issuer, 2, 64);
    if (problems.items.length > before) return;
    if (!isIsoDate(validUntil)) return problems.add(`${at}.validUntil`, 'DATE_FORMAT', { value: validUntil });
    if (validUntil < context.today) return problems.add(`${at}.validUntil`, 'POLICY_CERTIFICATE_EXPIRED', { tag: t.tag, validUntil, today: context.today });
    claims.push({ tag: t.tag, certificateNo, issuer, validUntil });
  });
  return claims;
}

/** The claims still valid on `today` (a certificate is valid through its last day). */
export function validPolicyTags(claims: readonly PolicyTagClaim[], today: string): PolicyTag[] {
  return claims.filter((c) => c.tag === PolicyTag.Sme || (c.validUntil !== null && c.validUntil >= today)).map((c) => c.tag);
}
