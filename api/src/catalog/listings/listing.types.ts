import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IntegrityBandEnum } from '../../platform/tenancy/tenant.types.js';
import { DelistedBy, type Fen, ListingState, PolicyTag } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

export const ListingStateEnum = graphqlEnum(ListingState, 'ListingState', 'DRAFT 草稿, SUBMITTED 待审核, APPROVED 已上架, REJECTED 已驳回, DELISTED 已下架.');
export const DelistedByEnum = graphqlEnum(DelistedBy, 'DelistedBy', 'Who took the listing off sale: SUPPLIER, OPERATOR or INSPECTION (price inspection).');
export const PolicyTagEnum = graphqlEnum(
  PolicyTag,
  'PolicyTag',
  'ENERGY_SAVING 节能产品, ENVIRONMENTAL_LABEL 环境标志产品, FIRST_OF_KIND 首台套, SME 中小企业 (from the supplier\'s declared size), PRISON_ENTERPRISE 监狱企业, DISABILITY_WELFARE 残疾人福利性单位, RURAL_REVITALIZATION 乡村振兴/832.',
);

@ObjectType('ListingPolicyTag', { description: 'A policy claim with its evidence.' })
export class ListingPolicyTagType {
  @Field(() => PolicyTagEnum) tag!: PolicyTag;
  @Field(() => String, { nullable: true }) certificateNo!: string | null;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true, description: 'Last valid day, YYYY-MM-DD.' }) validUntil!: string | null;
  @Field({ description: "Whether the claim holds today in the province's time zone." }) valid!: boolean;
}

@ObjectType('ListingPriceChange', { description: 'A price the listing had on sale, from changedAt on.' })
export class ListingPriceChangeType {
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => MoneyScalar, { nullable: true }) previousPrice!: Fen | null;
  @Field() changedAt!: Date;
}

@ObjectType('Listing', { description: 'A supplier\'s offer (商品) in the e-mall.' })
export class ListingType {
  @Field(() => ID) id!: string;
  @Field(() => ListingStateEnum) state!: ListingState;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => String, { nullable: true, description: "The supplier's registration region (GB/T 2260), from its USCC." }) supplierRegionCode!: string | null;
  @Field({ description: 'The supplier is blocked for its integrity record (it cannot submit listings).' }) supplierIntegrityBlocked!: boolean;
  @Field(() => IntegrityBandEnum, { nullable: true, description: "The supplier's integrity band (诚信等级, A best); null until first computed." }) supplierIntegrityBand!: string | null;
  @Field() categoryCode!: string;
  @Field() categoryName!: string;
  @Field(() => ID, { nullable: true }) standardProductId!: string | null;
  @Field() title!: string;
  @Field({ description: 'Plain text exactly as written; markup is text, so render it escaped, never as HTML.' }) description!: string;
  @Field(() => String, { nullable: true }) brand!: string | null;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => Int) stock!: number;
  @Field(() => [String], { description: 'GB/T 2260 region codes delivered to.' }) deliveryRegionCodes!: string[];
  @Field(() => [String]) imageUrls!: string[];
  @Field(() => Int) warrantyMonths!: number;
  @Field(() => [ListingPolicyTagType]) policyTags!: ListingPolicyTagType[];
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => DelistedByEnum, { nullable: true }) delistedBy!: DelistedBy | null;
  @Field(() => String, { nullable: true }) delistReason!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [ListingPriceChangeType], { description: 'Prices on sale, oldest first: the latest 100 changes (empty in lists).' }) priceHistory!: ListingPriceChangeType[];
}

@ObjectType()
export class ListingConnection extends ConnectionType(ListingType) {}

@ArgsType()
export class MyListingsArgs extends PageArgs {
  @Field(() => ListingStateEnum, { nullable: true }) state?: ListingState | null;
}

@InputType()
export class PolicyTagInput {
  @Field(() => PolicyTagEnum) tag!: PolicyTag;
  @Field(() => String, { nullable: true, description: 'Required for every tag but SME.' }) certificateNo?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field(() => String, { nullable: true, description: 'Last valid day, YYYY-MM-DD; not in the past.' }) validUntil?: string | null;
}

@InputType()
export class ListingInput {
  @Field() categoryCode!: string;
  @Field(() => ID, { nullable: true, description: 'The standard product offered; fixes brand and model.' }) standardProductId?: string | null;
  @Field() title!: string;
  @Field({ description: 'Plain text, up to 5,000 characters.' }) description!: string;
  @Field(() => String, { nullable: true }) brand?: string | null;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => MoneyScalar, { description: 'Above 0, at most two decimals.' }) price!: Fen;
  @Field(() => Int) stock!: number;
  @Field(() => [String]) deliveryRegionCodes!: string[];
  @Field(() => [String], { nullable: true, description: 'https addresses, at most 10.' }) imageUrls?: string[] | null;
  @Field(() => Int) warrantyMonths!: number;
  @Field(() => [PolicyTagInput], { nullable: true }) policyTags?: PolicyTagInput[] | null;
}
