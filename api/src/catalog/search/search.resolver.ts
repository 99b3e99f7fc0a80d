import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { RankingWeightsService } from './ranking/ranking-weights.service.js';
import type { SearchFilters, SearchResult as PortResult } from './search-port.js';
import { SearchService } from './search.service.js';
import { RankingExplanation, RankingWeights, RankingWeightsInput, SearchArgs, type SearchFiltersInput, SearchResult } from './search.types.js';

function filters(f: SearchFiltersInput | null | undefined): SearchFilters | undefined {
  if (!f) return undefined;
  return {
    categoryCode: f.categoryCode ?? undefined,
    brands: f.brands ?? undefined,
    priceMinFen: f.priceMin ?? undefined,
    priceMaxFen: f.priceMax ?? undefined,
    policyTags: f.policyTags ?? undefined,
    supplierRegions: f.supplierRegions ?? undefined,
    inStock: f.inStock ?? undefined,
  };
}

function toGraphql(r: PortResult): SearchResult {
  const edges = r.hits.map(({ priceFen, cursor, ...h }) => ({ cursor, node: { ...h, price: priceFen } }));
  const nodes = edges.map((e) => e.node);
  return {
    edges,
    nodes,
    pageInfo: r.pageInfo,
    total: r.total,
    corrections: r.corrections,
    facets: { ...r.facets, priceBuckets: r.facets.priceBuckets.map((b) => ({ min: b.minFen, max: b.maxFen, count: b.count })) },
  };
}

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly weights: RankingWeightsService,
  ) {}

  // Public: the mall's catalogue and prices are open to everyone (procurement transparency),
  // and buyers compare before they sign in.
  @Public()
  @Query(() => SearchResult, { name: 'search', description: "Searches this province's mall: text, filters, facets, sorts, cursor pages." })
  searchListings(@CurrentTenant() ctx: TenantContext, @Args() args: SearchArgs) {
    return this.search
      .search(ctx, { text: args.text ?? undefined, filters: filters(args.filters), sort: args.sort ?? 'relevance', first: args.first, after: args.after })
      .then(toGraphql);
  }

  // Public like the search: anyone who sees the order may see why (fair competition).
  @Public()
  @Query(() => RankingExplanation, { description: 'Why a listing ranks where it does (for a search text, if given), in the caller\'s language.' })
  searchExplanation(@CurrentTenant() ctx: TenantContext, @Args('listingId', { type: () => ID }) listingId: string, @Args('text', { type: () => String, nullable: true }) text?: string | null) {
    return this.search.explain(ctx, listingId, text);
  }

  @Roles(Role.TenantOperator)
  @Query(() => RankingWeights, { description: "This province's ranking formula (tenant operator)." })
  rankingWeights(@CurrentTenant() ctx: TenantContext) {
    return this.weights.get(ctx);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => RankingWeights, { description: "Changes this province's ranking formula (tenant operator); audited; ranks are recomputed in the background." })
  updateRankingWeights(@CurrentTenant() ctx: TenantContext, @Args('input') input: RankingWeightsInput) {
    return this.weights.update(ctx, input);
  }
}
