import { graphql } from '../graphql/generated';

/** The province's findings, newest first, filtered by state, supplier, listing. */
export const PriceFindingsQuery = graphql(`
  query PriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {
    priceFindings(filter: $filter, first: $first, after: $after) {
      nodes {
        id listingId supplierOrganisationId state price reference referenceSource deviationBp toleranceBp dueAt createdAt
        justification justifiedAt dismissalReason closedAt closeNote
        evidence { source value sample counted detail { key value } }
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

/** Suppliers for the filter and to name a finding's supplier. */
export const InspectionSuppliersQuery = graphql(`
  query InspectionSuppliers($after: String) {
    organisations(kind: SUPPLIER, first: 100, after: $after) {
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const DismissPriceFindingMutation = graphql(`
  mutation DismissPriceFinding($id: ID!, $reason: String!) {
    dismissPriceFinding(id: $id, reason: $reason) { id state dismissalReason closedAt }
  }
`);

export const ReopenPriceFindingMutation = graphql(`
  mutation ReopenPriceFinding($id: ID!, $note: String!) {
    reopenPriceFinding(id: $id, note: $note) { id state dueAt }
  }
`);

export const InspectionRunsQuery = graphql(`
  query InspectionRuns($first: Int, $after: String) {
    inspectionRuns(first: $first, after: $after) {
      nodes { id trigger state total done findings corrected asOf startedAt finishedAt listingId }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const InspectionRunQuery = graphql(`
  query InspectionRun($id: ID!) {
    inspectionRun(id: $id) { id trigger state total done findings corrected asOf startedAt finishedAt listingId }
  }
`);

export const StartInspectionRunMutation = graphql(`
  mutation StartInspectionRun {
    startInspectionRun { id trigger state total done findings corrected asOf startedAt finishedAt listingId }
  }
`);

export const PriceReferenceTemplateQuery = graphql(`
  query PriceReferenceTemplate {
    priceReferenceTemplate { fileName mimeType contentBase64 }
  }
`);

export const ImportPriceReferencesMutation = graphql(`
  mutation ImportPriceReferences($input: ImportPriceReferencesInput!) {
    importPriceReferences(input: $input) { id name origin total imported failed createdAt errors { row field column reason message } }
  }
`);

export const PriceReferenceImportErrorReportQuery = graphql(`
  query PriceReferenceImportErrorReport($id: ID!, $format: ReportFormat!) {
    priceReferenceImportErrorReport(id: $id, format: $format) { fileName mimeType contentBase64 }
  }
`);

export const PriceReferenceImportQuery = graphql(`
  query PriceReferenceImport($id: ID!) {
    priceReferenceImport(id: $id) { id name origin total imported failed createdAt errors { row field column reason message } }
  }
`);
