import { type DelistedBy, type Fen, integrityBlockOf, type Listing, type ListingPriceChange, type ListingState, type PolicyTag } from '@zhengcai/schema';

export interface PolicyTagView {
  readonly tag: PolicyTag;
  readonly certificateNo: string | null;
  readonly issuer: string | null;
  readonly validUntil: string | null;
  /** Whether the claim holds today in the tenant's time zone. */
  readonly valid: boolean;
}

export interface PriceChangeView {
  readonly priceFen: Fen;
  readonly previousPriceFen: Fen | null;
  readonly changedAt: Date;
}

/** A listing as the API shows it. */
export interface ListingView {
  readonly id: string;
  readonly state: ListingState;
  readonly supplierId: string;
  readonly supplierName: string;
  /** The supplier's registration region (GB/T 2260), from its USCC's characters 3–8. */
  readonly supplierRegionCode: string | null;
  /** Buyers weigh an offer by its supplier's integrity standing. */
  readonly supplierIntegrityBlocked: boolean;
  /** A–D, null until computed. */
  readonly supplierIntegrityBand: string | null;
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly standardProductId: string | null;
  readonly title: string;
  /** Plain text exactly as the supplier wrote it; render escaped. */
  readonly description: string;
  readonly brand: string | null;
  readonly model: string | null;
  readonly priceFen: Fen;
  readonly stock: number;
  readonly deliveryRegionCodes: string[];
  readonly imageUrls: string[];
  readonly warrantyMonths: number;
  readonly policyTags: PolicyTagView[];
  readonly submittedAt: Date | null;
  readonly approvedAt: Date | null;
  readonly rejectionReason: string | null;
  readonly delistedBy: DelistedBy | null;
  readonly delistReason: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly priceHistory: PriceChangeView[];
}

/** Needs supplier and category loaded. */
export function toListingView(l: Listing, today: string, history: readonly ListingPriceChange[] = []): ListingView {
  return {
    id: l.id,
    state: l.state,
    supplierId: l.supplier.id,
    supplierName: l.supplier.name,
    supplierRegionCode: l.supplier.uscc ? l.supplier.uscc.slice(2, 8) : null,
    supplierIntegrityBlocked: integrityBlockOf(l.supplier) !== null,
    supplierIntegrityBand: l.supplier.integrityBand ?? null,
    categoryCode: l.category.code,
    categoryName: l.category.name,
    standardProductId: l.standardProduct?.id ?? null,
    title: l.title,
    description: l.description,
    brand: l.brand ?? null,
    model: l.model ?? null,
    priceFen: l.priceFen,
    stock: l.stock,
    deliveryRegionCodes: l.deliveryRegionCodes,
    imageUrls: l.imageUrls,
    warrantyMonths: l.warrantyMonths,
    policyTags: l.policyTags.map((t) => ({ ...t, valid: t.validUntil === null || t.validUntil >= today })),
    submittedAt: l.submittedAt ?? null,
    approvedAt: l.approvedAt ?? null,
    rejectionReason: l.rejectionReason ?? null,
    delistedBy: l.delistedBy ?? null,
    delistReason: l.delistReason ?? null,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    priceHistory: history.map((h) => ({ priceFen: h.priceFen, previousPriceFen: h.previousPriceFen ?? null, changedAt: h.createdAt })),
  };
}
