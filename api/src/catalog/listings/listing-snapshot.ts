import type { DelistedBy, Fen, ListingState, PolicyTag } from '@zhengcai/schema';

/**
 * Everything the search index needs about one listing, read in one transaction. Only
 * `state === 'approved'` listings belong in the buyers' index; others are to be removed.
 */
export interface ListingSnapshot {
  readonly listingId: string;
  readonly tenantId: string;
  readonly state: ListingState;
  readonly delistedBy: DelistedBy | null;
  readonly title: string;
  readonly description: string;
  readonly brand: string | null;
  readonly model: string | null;
  readonly standardProductId: string | null;
  /** Specification attributes of the standard product, when the listing references one. */
  readonly specs: readonly { key: string; value: string }[];
  readonly category: {
    readonly code: string;
    readonly name: string;
    /** From the root down, e.g. [A, A02, A0201, A020101, A02010104]: facets at every level. */
    readonly pathCodes: readonly string[];
    readonly energySavingMandatory: boolean;
  };
  readonly priceFen: Fen;
  readonly stock: number;
  readonly deliveryRegionCodes: readonly string[];
  readonly imageUrls: readonly string[];
  readonly warrantyMonths: number;
  /** Claims valid today in the tenant's time zone (SME only while the supplier declares an SME size). */
  readonly policyTags: readonly PolicyTag[];
  /** The same claims with their last valid day (null: SME, which follows the supplier), so an index can let them lapse by date. */
  readonly policyClaims: readonly { readonly tag: PolicyTag; readonly validUntil: string | null }[];
  readonly supplier: {
    readonly id: string;
    readonly name: string;
    /** GB/T 2260 code of the supplier's registration, from its USCC (characters 3–8). */
    readonly regionCode: string | null;
    /** Barred by an operator or by its integrity band (`integrityBlockOf`). */
    readonly integrityBlocked: boolean;
    /** 0–100; null until the integrity worker first computed it. */
    readonly integrityScore: number | null;
  };
  /** Units buyers accepted (履约验收). */
  readonly salesCount: number;
  readonly approvedAt: Date | null;
  readonly updatedAt: Date;
  /** The tenant-local date the policy tags were judged on. */
  readonly asOf: string;
}
