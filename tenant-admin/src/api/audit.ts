import { graphql } from '../graphql/generated';

/** Walks the province's audit chain; the answer names the first broken link. */
export const AuditChainVerificationQuery = graphql(`
  query AuditChainVerification {
    auditChainVerification { ok checked firstBroken { seq entryId problem } }
  }
`);

/** The trail, newest first; the change comes along so a row can show a preview and expand. */
export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditEntryFilterInput, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      nodes {
        id seq occurredAt actorUserId actorName actorOrganisationId actorOrganisationName action subjectType subjectId
        requestId change changeDigest changeCheck entryIntact hash prevHash
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

/** Organisations for the actor filter. */
export const AuditOrganisationsQuery = graphql(`
  query AuditOrganisations {
    organisations(first: 100) { nodes { id name } }
  }
`);
