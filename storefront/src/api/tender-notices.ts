import { graphql } from '../graphql/generated';

/** Public announcements (采购公告), newest publication first, by method and 品目 prefix. */
export const TenderAnnouncementsQuery = graphql(`
  query TenderAnnouncements($method: ProcurementMethod, $categoryCode: String, $first: Int, $after: String) {
    tenderAnnouncements(method: $method, categoryCode: $categoryCode, first: $first, after: $after) {
      nodes { id projectNo title method kind categoryCode buyerName agencyName budget state publishedAt bidDeadline }
      pageInfo { hasNextPage endCursor }
    }
    tenant { code timeZone }
  }
`);

/** Public award notices (中标公告), newest first. */
export const TenderAwardNoticesQuery = graphql(`
  query TenderAwardNotices($first: Int!) {
    tenderAwardNotices(first: $first) { id lotId lotNo lotTitle projectId projectNo projectTitle winnerName price publishedAt }
    tenant { code timeZone }
  }
`);

/** The public notice of a project, with its clarifications. */
export const TenderNoticeQuery = graphql(`
  query TenderNotice($id: ID!) {
    tenderNotice(id: $id) {
      id projectNo title description method kind categoryCode buyerName agencyName budget state publishedAt cancelReason
      documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification
      criteria { key name kind weight }
      lots { id lotNo title scope budget deposit minBidders state failureReason }
    }
    tenderClarifications(projectId: $id) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }
    tenant { code timeZone }
  }
`);

/** A lot's award notice (public; not found until the award is confirmed). */
export const LotAwardNoticeQuery = graphql(`
  query PublicLotAwardNotice($lotId: ID!) {
    tenderAwardNotice(lotId: $lotId) { id winnerName price publishedAt challengeUntil againstRankingReason }
  }
`);

/** A lot's published contract (public; not found until both parties signed). */
export const LotPublishedContractQuery = graphql(`
  query LotPublishedContract($lotId: ID!) {
    publishedTenderContract(lotId: $lotId) { id contractNo supplierName amount signedAt publishedAt }
  }
`);

/** The buyer's or agency's projects, newest first. */
export const MyTenderProjectsQuery = graphql(`
  query MyTenderProjects($first: Int, $after: String) {
    myTenderProjects(first: $first, after: $after) {
      nodes { id projectNo title method state budget bidDeadline createdAt buyerName agencyName }
      pageInfo { hasNextPage endCursor }
    }
    tenant { code timeZone }
  }
`);


/** The owner's view of one project. */
export const TenderProjectQuery = graphql(`
  query TenderProject($id: ID!) {
    tenderProject(id: $id) {
      id projectNo title description method kind categoryCode buyerId buyerName agencyId agencyName budgetLineId budget state
      createdAt publishedAt cancelReason documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification
      registrations documentDownloads
      criteria { key name kind weight }
      lots { id lotNo title scope budget deposit minBidders state failureReason }
      documents { id fileName mimeType sizeBytes sm3 uploadedAt }
      questions { id body askedAt answeredById }
    }
    tenant { code timeZone }
  }
`);

/** A published project's clarifications (a draft has none: the query does not know drafts). */
export const ProjectClarificationsQuery = graphql(`
  query ProjectClarifications($projectId: ID!) {
    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }
  }
`);

/** What the project form needs: the 品目 tree, the unit's budget lines, the tenant's zone. */
export const ProjectFormContextQuery = graphql(`
  query ProjectFormContext($loadLines: Boolean!) {
    categoryTree { id code name parentCode level energySavingMandatory }
    budgetLines(first: 100) @include(if: $loadLines) { nodes { id code name fiscalYear available } }
    tenant { code timeZone }
  }
`);

export const CreateTenderProjectMutation = graphql(`
  mutation CreateTenderProject($input: TenderProjectInput!) {
    createTenderProject(input: $input) { id state }
  }
`);

export const UpdateTenderProjectMutation = graphql(`
  mutation UpdateTenderProject($id: ID!, $input: TenderProjectInput!) {
    updateTenderProject(id: $id, input: $input) { id state }
  }
`);

export const PublishTenderProjectMutation = graphql(`
  mutation PublishTenderProject($id: ID!) {
    publishTenderProject(id: $id) { id state publishedAt documentsFrom }
  }
`);

export const CancelTenderProjectMutation = graphql(`
  mutation CancelTenderProject($id: ID!, $reason: String!) {
    cancelTenderProject(id: $id, reason: $reason) { id state cancelReason }
  }
`);

export const AttachTenderDocumentMutation = graphql(`
  mutation AttachTenderDocument($projectId: ID!, $fileName: String!, $contentBase64: String!) {
    attachTenderDocument(projectId: $projectId, fileName: $fileName, contentBase64: $contentBase64) { id fileName sm3 sizeBytes }
  }
`);

export const DownloadTenderDocumentMutation = graphql(`
  mutation OwnerDownloadTenderDocument($id: ID!) {
    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }
  }
`);

export const PublishTenderClarificationMutation = graphql(`
  mutation PublishTenderClarification($projectId: ID!, $input: TenderClarificationInput!) {
    publishTenderClarification(projectId: $projectId, input: $input) { id title affectsBids oldBidDeadline newBidDeadline }
  }
`);

/** A lot's answered challenges as published (public, oldest first, no challenger named). */
export const LotChallengeAnswersQuery = graphql(`
  query LotChallengeAnswers($lotId: ID!) {
    tenderChallengeAnswers(lotId: $lotId) { id subject content answer outcome answeredAt }
  }
`);
