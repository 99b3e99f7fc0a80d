import { graphql } from '../graphql/generated';

export const IntegrityPenaltyImportTemplateQuery = graphql(`
  query IntegrityPenaltyImportTemplate {
    integrityPenaltyImportTemplate { fileName mimeType contentBase64 }
  }
`);

export const ImportIntegrityPenaltiesMutation = graphql(`
  mutation ImportIntegrityPenalties($input: ImportIntegrityPenaltiesInput!) {
    importIntegrityPenalties(input: $input) { imported total errors { row field message reason } }
  }
`);
