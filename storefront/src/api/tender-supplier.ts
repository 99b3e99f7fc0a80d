import { graphql } from '../graphql/generated';

/** The public notice of a project, its clarifications and the province's time zone. */
export const SupplierProjectQuery = graphql(`
  query SupplierProject($projectId: ID!) {
    tenderNotice(id: $projectId) {
      id projectNo title description state method kind categoryCode buyerName agencyName budget qualification
      documentsFrom documentsUntil bidDeadline publishedAt cancelReason evaluationMethod smeDeductionBp
      lots { id lotNo title scope budget deposit minBidders state failureReason }
    }
    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }
    tenant { code timeZone }
  }
`);

/** My organisation's registrations, newest first, with the documents each may download. */
export const MyTenderRegistrationsQuery = graphql(`
  query MyTenderRegistrations($first: Int, $after: String) {
    myTenderRegistrations(first: $first, after: $after) {
      nodes {
        id registeredAt
        notice { id projectNo title state buyerName bidDeadline }
        documents { id fileName mimeType sizeBytes sm3 uploadedAt }
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { code timeZone }
  }
`);

/** 报名: idempotent, a second call returns the first registration. */
export const RegisterForTenderProjectMutation = graphql(`
  mutation RegisterForTenderProject($projectId: ID!) {
    registerForTenderProject(projectId: $projectId) {
      id registeredAt
      notice { id projectNo title state buyerName bidDeadline }
      documents { id fileName mimeType sizeBytes sm3 uploadedAt }
    }
  }
`);

/** A mutation because the API records every download. */
export const DownloadTenderDocumentMutation = graphql(`
  mutation DownloadTenderDocument($id: ID!) {
    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }
  }
`);

export const AskTenderQuestionMutation = graphql(`
  mutation AskTenderQuestion($projectId: ID!, $body: String!) {
    askTenderQuestion(projectId: $projectId, body: $body) { id body askedAt }
  }
`);

/** My bids on one lot (every version, newest first). */
export const MyLotBidsQuery = graphql(`
  query MyLotBids($lotId: ID!) {
    myBids(lotId: $lotId) { id version state price stateReason submittedAt }
  }
`);

/** 中标公告 of a lot (public; TENDER_LOT_NOT_FOUND-like refusal until awarded). */
export const TenderAwardNoticeQuery = graphql(`
  query TenderAwardNotice($lotId: ID!) {
    tenderAwardNotice(lotId: $lotId) {
      id lotId lotNo lotTitle lotState projectNo projectTitle winnerName winnerOrganisationId price rank scoreHundredths
      againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt
      ranking { supplierName price rank scoreHundredths }
    }
  }
`);


export const FileTenderChallengeMutation = graphql(`
  mutation FileTenderChallenge($input: FileTenderChallengeInput!) {
    fileTenderChallenge(input: $input) { id lotId subject state createdAt answerDueAt }
  }
`);

/** My organisation's challenges with their answers and complaints. */
export const MyTenderChallengesQuery = graphql(`
  query MyTenderChallenges {
    myTenderChallenges {
      id lotId lotTitle projectNo subject content state createdAt answerDueAt answer outcome answeredAt overdue
      complaint { id content state createdAt decisionDueAt decidedAt decisionReason remedy overdue }
    }
    tenant { code timeZone }
  }
`);

export const FileTenderComplaintMutation = graphql(`
  mutation FileTenderComplaint($challengeId: ID!, $content: String!) {
    fileTenderComplaint(challengeId: $challengeId, content: $content) { id challengeId state createdAt decisionDueAt }
  }
`);

/** The contract of a lot for its two parties, with the canonical text and digest to sign. */
export const SupplierContractQuery = graphql(`
  query SupplierContract($lotId: ID!) {
    tenderContract(lotId: $lotId) {
      id contractNo state projectId projectTitle lotId lotTitle buyerName supplierName supplierOrganisationId amount
      paymentTerms deliveryTerms canonicalText digest dueAt signedAt signedLate publishedAt
      buyerSignature buyerSignedAt supplierSignature supplierSignedAt
    }
    mySigningKey { active { fingerprint publicKey } }
    tenderAwardNotice(lotId: $lotId) { id lotState declinedAt declineReason }
    tenant { code timeZone }
  }
`);

export const DeclineTenderAwardMutation = graphql(`
  mutation SupplierDeclineTenderAward($lotId: ID!, $reason: String!) {
    declineTenderAward(lotId: $lotId, reason: $reason) { id lotState declinedAt declineReason }
  }
`);

export const SignTenderContractMutation = graphql(`
  mutation SupplierSignTenderContract($id: ID!, $signature: String!) {
    signTenderContract(id: $id, signature: $signature) { id state supplierSignature supplierSignedAt buyerSignature buyerSignedAt signedAt }
  }
`);

/** The lots of my bids with their projects and whether we won, for the bid list's links. */
export const MyBidLotsQuery = graphql(`
  query MyBidLots {
    myBidLots { lotId lotNo lotTitle lotState projectId projectNo projectTitle won }
  }
`);
