/** Where a listing is in its life; transitions are in api/src/catalog/listings/listing-state-machine.ts. */
export enum ListingState {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  Rejected = 'rejected',
  Delisted = 'delisted',
}

/** Who took an approved listing off sale. */
export enum DelistedBy {
  Supplier = 'supplier',
  Operator = 'operator',
  /** Price inspection (a later issue) delists through the same transition. */
  Inspection = 'inspection',
}

/** Policy functions a listing may claim (DOMAIN.md, "Policy functions"). */
export enum PolicyTag {
  /** 节能产品 */
  EnergySaving = 'energy_saving',
  /** 环境标志产品 */
  EnvironmentalLabel = 'environmental_label',
  /** 首台套 / innovative product */
  FirstOfKind = 'first_of_kind',
  /** 中小企业: follows from the supplier's declared size class, needs no certificate. */
  Sme = 'sme',
  /** 监狱企业 */
  PrisonEnterprise = 'prison_enterprise',
  /** 残疾人福利性单位 */
  DisabilityWelfare = 'disability_welfare',
  /** 乡村振兴 / 832 agricultural products from poverty-relief regions */
  RuralRevitalization = 'rural_revitalization',
}

/** Supplier-declared enterprise size (财库〔2020〕46号); small and micro get the price deduction. */
export enum EnterpriseSize {
  Large = 'large',
  Medium = 'medium',
  Small = 'small',
  Micro = 'micro',
}

export enum ListingUploadState {
  Processing = 'processing',
  Done = 'done',
  Failed = 'failed',
}

/** A policy claim with its evidence, as stored on the listing. */
export interface PolicyTagClaim {
  tag: PolicyTag;
  /** Certificate (or proof document) number; null only for the SME tag. */
  certificateNo: string | null;
  issuer: string | null;
  /** Last valid day, YYYY-MM-DD; null only for the SME tag. */
  validUntil: string | null;
}

/** One row of a bulk upload as read from the file: its sheet row number and its cells as text. */
export interface PendingUploadRow {
  row: number;
  values: Record<string, string>;
}

/** One refused row of a bulk upload; messages are localised when read. */
export interface UploadRowError {
  row: number;
  field: string;
  reason: string;
  params: Record<string, string | number>;
}
