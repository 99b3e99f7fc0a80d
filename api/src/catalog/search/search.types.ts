import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Fen, PolicyTag } from '@zhengcai/schema';
import { PolicyTagEnum } from '../listings/listing.types.js';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';
import type { ComponentKey } from './ranking/explanation.js';
import type { SearchSort } from './search-port.js';

export const SearchSortEnum = graphqlEnum<SearchSort>(
  { relevance: 'relevance', price_asc: 'price_asc', price_desc: 'price_desc', sales: 'sales' },
  'SearchSort',
  'RELEVANCE (text relevance with the stored rank; the rank alone without text), PRICE_ASC, PRICE_DESC, SALES.',
);
export const RankComponentEnum = graphqlEnum<ComponentKey>(
  { policy: 'policy', integrity: 'integrity', price: 'price', sales: 'sales' },
  'RankComponent',
  'A component of the stored rank.',
);

@InputType({ description: 'Narrows a search; every given filter must hold.' })
export class SearchFiltersInput {
  @Field(() => String, { nullable: true, description: 'A category code: the category and everything below it.' }) categoryCode?: string | null;
  @Field(() => [String], { nullable: true }) brands?: string[] | null;
  @Field(() => MoneyScalar, { nullable: true }) priceMin?: Fen | null;
  @Field(() => MoneyScalar, { nullable: true }) priceMax?: Fen | null;
  @Field(() => [PolicyTagEnum], { nullable: true, description: 'Listings holding all of these tags, valid today.' }) policyTags?: PolicyTag[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 2260 codes; a province or city code takes in everything below it.' }) supplierRegions?: string[] | null;
  @Field(() => Boolean, { nullable: true }) inStock?: boolean | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Free text: Chinese, English, model numbers (typos tolerated in model numbers).' }) text?: string | null;
  @Field(() => SearchFiltersInput, { nullable: true }) filters?: SearchFiltersInput | null;
  @Field(() => SearchSortEnum, { nullable: true, defaultValue: 'relevance' }) sort?: SearchSort;
}

@ObjectType()
export class RankComponents {
  @Field(() => Float, { description: '1 with a counted policy tag valid today, else 0.' }) policy!: number;
  @Field(() => Float, { description: 'Supplier integrity score / 100.' }) integrity!: number;
  @Field(() => Float, { description: 'median / (median + price) in the leaf category.' }) price!: number;
  @Field(() => Float, { description: "ln(1 + sales) / ln(1 + the province's top sales)." }) sales!: number;
}

@ObjectType({ description: 'Why a hit is where it is.' })
export class ScoreBreakdown {
  @Field(() => Float) relevance!: number;
  @Field(() => Float, { description: 'The stored rank, 0–1.' }) rank!: number;
  @Field(() => Float, { description: 'relevance × (1 + rank) with text; the rank alone without.' }) score!: number;
  @Field(() => RankComponents) components!: RankComponents;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => ID) listingId!: string;
  @Field() title!: string;
  @Field() brand!: string;
  @Field() model!: string;
  @Field(() => [String], { description: 'Category codes, root to leaf.' }) categoryPath!: string[];
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => Int) stock!: number;
  @Field(() => Int) salesCount!: number;
  @Field(() => [PolicyTagEnum], { description: 'Policy tags valid today.' }) policyTags!: PolicyTag[];
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field() supplierRegion!: string;
  @Field(() => ScoreBreakdown) score!: ScoreBreakdown;
}

@ObjectType()
export class FacetCount {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class PolicyTagCount {
  @Field(() => PolicyTagEnum) value!: PolicyTag;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Prices from min (inclusive) to max (exclusive); null is open-ended.' })
export class PriceBucket {
  @Field(() => MoneyScalar, { nullable: true }) min!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true }) max!: Fen | null;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'Categories one level below the category filter (the roots without one).' }) categories!: FacetCount[];
  @Field(() => [FacetCount]) brands!: FacetCount[];
  @Field(() => [PolicyTagCount]) policyTags!: PolicyTagCount[];
  @Field(() => [FacetCount], { description: 'Supplier region codes.' }) regions!: FacetCount[];
  @Field(() => [PriceBucket]) priceBuckets!: PriceBucket[];
}

@ObjectType({ description: 'When exact is false, more listings match: results and facets come from the `value` best-ranked of them.' })
export class SearchTotal {
  @Field(() => Int) value!: number;
  @Field() exact!: boolean;
}

@ObjectType({ description: 'A model number no listing of the province has, searched as the close ones its listings do have (a typo).' })
export class SearchCorrection {
  @Field({ description: 'The term as searched (lower case).' }) asked!: string;
  @Field(() => [String], { description: 'The close terms searched in its place, the closest first.' }) matched!: string[];
}

@ObjectType()
export class SearchResult extends ConnectionType(SearchHitType) {
  @Field(() => SearchTotal) total!: SearchTotal;
  @Field(() => SearchFacets) facets!: SearchFacets;
  @Field(() => [SearchCorrection], { description: 'Terms searched as close model numbers instead; empty when none were, or when the search engine does not report them (Meilisearch).' })
  corrections!: SearchCorrection[];
}

@ObjectType()
export class ExplanationLine {
  @Field(() => RankComponentEnum) component!: ComponentKey;
  @Field() label!: string;
  @Field(() => Float, { description: '0–1.' }) value!: number;
  @Field(() => Int) weightBp!: number;
  @Field(() => Float, { description: 'value × weight: its share of the rank.' }) contribution!: number;
  @Field() detail!: string;
}

@ObjectType({ description: "Why a listing ranks where it does, in the caller's language." })
export class RankingExplanation {
  @Field(() => ID) listingId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field({ description: 'False when the text does not match the listing.' }) matched!: boolean;
  @Field(() => Float) relevance!: number;
  @Field(() => Float) rank!: number;
  @Field(() => Float) score!: number;
  @Field(() => [ExplanationLine]) lines!: ExplanationLine[];
  @Field() formula!: string;
  @Field({ description: 'The formula changed since the last recompute; the stored rank follows shortly.' }) pendingRecompute!: boolean;
}

@ObjectType({ description: "This province's ranking formula: weights in basis points (sum 10,000)." })
export class RankingWeights {
  @Field(() => Int) policyWeightBp!: number;
  @Field(() => Int) integrityWeightBp!: number;
  @Field(() => Int) priceWeightBp!: number;
  @Field(() => Int) salesWeightBp!: number;
  @Field(() => [PolicyTagEnum], { description: 'Tags that make a listing policy goods.' }) policyTags!: PolicyTag[];
}

@InputType({ description: 'Weights sum to 10,000 bp; the policy weight must exceed the others together.' })
export class RankingWeightsInput {
  @Field(() => Int) policyWeightBp!: number;
  @Field(() => Int) integrityWeightBp!: number;
  @Field(() => Int) priceWeightBp!: number;
  @Field(() => Int) salesWeightBp!: number;
  @Field(() => [PolicyTagEnum]) policyTags!: PolicyTag[];
}
