import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { type Fen, formatYuan, InspectionRunState, InspectionTrigger, type PriceEvidence, PriceFindingState, PriceReferenceOrigin } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { PriceReferenceSourceEnum } from '../../platform/tenancy/tenant.types.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';
import type { PriceBandView } from './price-band.service.js';
import type { PriceFindingView } from './price-finding-view.js';

export const InspectionTriggerEnum = graphqlEnum(InspectionTrigger, 'InspectionTrigger', 'SCHEDULE 夜间巡检, MANUAL 运营人员发起, PRICE_CHANGE 调价后单品巡检.');
export const InspectionRunStateEnum = graphqlEnum(InspectionRunState, 'InspectionRunState', 'RUNNING 进行中, DONE 已完成.');
export const PriceFindingStateEnum = graphqlEnum(
  PriceFindingState,
  'PriceFindingState',
  'OPEN 待更正或说明, JUSTIFIED 供应商已说明（期限暂停，待运营审核）, DISMISSED 已驳回（不构成违规）, CORRECTED 已更正, DELISTED 逾期未更正已下架（确认违规）.',
);
export const PriceReferenceOriginEnum = graphqlEnum(PriceReferenceOrigin, 'PriceReferenceOrigin', 'FILE 文件导入, FEED 价格接口读取.');

@ObjectType('InspectionRun', { description: 'One price inspection: poll it for progress (done of total, findings so far).' })
export class InspectionRunType {
  @Field(() => ID) id!: string;
  @Field(() => InspectionTriggerEnum) trigger!: InspectionTrigger;
  @Field(() => InspectionRunStateEnum) state!: InspectionRunState;
  @Field({ description: 'The clock the run judges by.' }) asOf!: Date;
  @Field(() => ID, { nullable: true, description: 'The one listing of a PRICE_CHANGE run.' }) listingId!: string | null;
  @Field(() => Int, { description: 'Listings on sale when the run started.' }) total!: number;
  @Field(() => Int, { description: 'Listings inspected so far.' }) done!: number;
  @Field(() => Int, { description: 'Findings raised so far.' }) findings!: number;
  @Field(() => Int, { description: 'Live findings closed because the price is back within tolerance.' }) corrected!: number;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class InspectionRunConnection extends ConnectionType(InspectionRunType) {}

@ObjectType('PriceEvidenceDetail')
export class PriceEvidenceDetailType {
  @Field({ description: 'An imported source name, or q1 / q3 (yuan), days, minSample.' }) key!: string;
  @Field() value!: string;
}

@ObjectType('PriceEvidence', { description: "One source's value behind a finding or a price band." })
export class PriceEvidenceType {
  @Field(() => PriceReferenceSourceEnum) source!: string;
  @Field(() => MoneyScalar, { description: 'Imported: the lowest source; peer and transactions: the median; history: the lowest price.' }) value!: Fen;
  @Field(() => Int, { description: 'Imported sources, other suppliers’ listings, price records or order lines behind the value.' }) sample!: number;
  @Field({ description: 'Whether the source is enabled and met its minimum sample, so it could set the reference.' }) counted!: boolean;
  @Field(() => [PriceEvidenceDetailType]) detail!: PriceEvidenceDetailType[];
}

export function toEvidenceType(e: PriceEvidence): PriceEvidenceType {
  const money = (key: string) => e.source === 'imported' || key.endsWith('Fen');
  return {
    source: e.source, value: BigInt(e.valueFen), sample: e.sample, counted: e.counted,
    detail: Object.entries(e.detail ?? {}).map(([key, v]) => (money(key) && v !== null ? { key: key.replace(/Fen$/, ''), value: formatYuan(BigInt(v)) } : { key, value: String(v) })),
  };
}

@ObjectType('PriceFinding', { description: 'A listing priced above its reference by more than the tolerance, with the evidence.' })
export class PriceFindingType {
  @Field(() => ID) id!: string;
  @Field(() => ID) listingId!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field(() => ID, { nullable: true }) standardProductId!: string | null;
  @Field(() => ID) runId!: string;
  @Field(() => PriceFindingStateEnum) state!: PriceFindingState;
  @Field(() => MoneyScalar, { description: 'The listing price when found.' }) price!: Fen;
  @Field(() => MoneyScalar, { description: 'The reference: the lowest counted source.' }) reference!: Fen;
  @Field(() => PriceReferenceSourceEnum) referenceSource!: string;
  @Field(() => Int, { description: '(price − reference) ÷ reference in basis points.' }) deviationBp!: number;
  @Field(() => Int, { description: 'The tolerance in force when found, basis points.' }) toleranceBp!: number;
  @Field(() => [PriceEvidenceType]) evidence!: PriceEvidenceType[];
  @Field({ description: 'End of the last working day to correct the price or justify it.' }) dueAt!: Date;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field(() => Date, { nullable: true }) justifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) dismissalReason!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it closed without a decision: price_within_tolerance, off_sale.' }) closeNote!: string | null;
  @Field() createdAt!: Date;
}

export function toFindingType(f: PriceFindingView): PriceFindingType {
  const { supplierId, priceFen, referenceFen, evidence, ...rest } = f;
  return { ...rest, supplierOrganisationId: supplierId, price: priceFen, reference: referenceFen, evidence: evidence.map(toEvidenceType) };
}

@ObjectType()
export class PriceFindingConnection extends ConnectionType(PriceFindingType) {}

@InputType()
export class PriceFindingFilterInput {
  @Field(() => PriceFindingStateEnum, { nullable: true }) state?: PriceFindingState | null;
  @Field(() => ID, { nullable: true, description: "The supplier's organisation." }) supplierId?: string | null;
  @Field(() => ID, { nullable: true }) listingId?: string | null;
}

@ArgsType()
export class PriceFindingsArgs extends PageArgs {
  @Field(() => PriceFindingFilterInput, { nullable: true }) filter?: PriceFindingFilterInput | null;
}

@ObjectType('ListingPriceBand', { description: "A listing's price among its references, for the listing page." })
export class ListingPriceBandType {
  @Field(() => ID) listingId!: string;
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => MoneyScalar, { nullable: true, description: "Other suppliers' prices of the same standard product: first quartile (null below the minimum sample)." }) q1!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true }) median!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true }) q3!: Fen | null;
  @Field(() => Int, { description: "Other suppliers' listings of the same standard product on sale." }) sampleSize!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'The lowest current imported reference (e-commerce and other sources).' }) importedLowest!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The reference price inspection uses.' }) reference!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Prices above this raise a finding.' }) alertAbove!: Fen | null;
  @Field(() => [PriceEvidenceType]) evidence!: PriceEvidenceType[];
}

export function toBandType(b: PriceBandView): ListingPriceBandType {
  return {
    listingId: b.listingId, price: b.priceFen, q1: b.q1Fen, median: b.medianFen, q3: b.q3Fen, sampleSize: b.sampleSize, importedLowest: b.importedLowestFen,
    reference: b.referenceFen, alertAbove: b.alertAboveFen, evidence: b.evidence.map(toEvidenceType),
  };
}

@ObjectType('PriceReferenceImportRowError', { description: 'One problem of one row; a row with any problem imports nothing.' })
export class PriceReferenceImportRowErrorType {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1), or the item number in the feed (from 1).' }) row!: number;
  @Field({ description: 'standardProductId, listingId, source, price, observedOn or url.' }) field!: string;
  @Field({ description: 'The template column header.' }) column!: string;
  @Field() reason!: string;
  @Field() message!: string;
}

@ObjectType('PriceReferenceImport', { description: 'An import of reference prices: how many rows came in, and the refused ones.' })
export class PriceReferenceImportType {
  @Field(() => ID) id!: string;
  @Field(() => PriceReferenceOriginEnum) origin!: PriceReferenceOrigin;
  @Field({ description: 'The file name or the feed URL.' }) name!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int, { description: 'Rows refused.' }) failed!: number;
  @Field(() => [PriceReferenceImportRowErrorType]) errors!: PriceReferenceImportRowErrorType[];
  @Field() createdAt!: Date;
}

@InputType()
export class ImportPriceReferencesInput {
  @Field({ description: 'The file name; .xlsx or .csv (UTF-8, BOM allowed) with the columns 标准商品编号 or 商品编号, 来源, 参考价（元）, 采集日期 (YYYY-MM-DD), 链接.' }) fileName!: string;
  @Field({ description: 'The file, base64-encoded; at most 700 KiB before encoding.' }) contentBase64!: string;
}
