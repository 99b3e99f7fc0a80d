import { graphql } from '../graphql/generated';

/** One page of search hits, with the facets and the total of the whole result. */
export const SearchQuery = graphql(`
  query Search($text: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {
    search(text: $text, filters: $filters, sort: $sort, first: $first, after: $after) {
      nodes {
        listingId title brand model price stock salesCount policyTags
        supplierId supplierName supplierRegion categoryPath
      }
      pageInfo { hasNextPage endCursor }
      total { value exact }
      corrections { asked matched }
      facets {
        categories { value count }
        brands { value count }
        policyTags { value count }
        regions { value count }
        priceBuckets { min max count }
      }
    }
  }
`);

/** Why one hit ranks where it does, for the search text. */
export const SearchExplanationQuery = graphql(`
  query SearchExplanation($listingId: ID!, $text: String) {
    searchExplanation(listingId: $listingId, text: $text) {
      listingId formula matched pendingRecompute rank relevance score
      lines { component label detail value weightBp contribution }
    }
  }
`);

/** The best-ranked listings on sale in one category, for a listing page's neighbours. */
export const CategoryListingsQuery = graphql(`
  query CategoryListings($categoryCode: String!, $first: Int) {
    search(filters: { categoryCode: $categoryCode }, first: $first) {
      nodes { listingId title price policyTags supplierName }
    }
  }
`);
