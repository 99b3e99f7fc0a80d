import { graphql } from '../graphql/generated';

/** The province's ranking formula. */
export const RankingWeightsQuery = graphql(`
  query RankingWeights {
    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }
  }
`);

export const UpdateRankingWeightsMutation = graphql(`
  mutation UpdateRankingWeights($input: RankingWeightsInput!) {
    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }
  }
`);
