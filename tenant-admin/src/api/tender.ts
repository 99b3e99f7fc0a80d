import { graphql } from '../graphql/generated';

/** The province's time zone: tender dates are shown in it. */
export const TenderTimeZoneQuery = graphql(`
  query TenderTimeZone {
    tenant { id timeZone }
  }
`);

/** Every project of the province (finance, operator), newest first. */
export const OversightProjectsQuery = graphql(`
  query OversightProjects($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {
    tenderProjects(state: $state, method: $method, first: $first, after: $after) {
      nodes {
        id projectNo title state method budget buyerName agencyName bidDeadline publishedAt createdAt
        lots { id lotNo title state }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const OversightProjectQuery = graphql(`
  query OversightProject($id: ID!) {
    supervisedTenderProject(id: $id) {
      id projectNo title description state method kind categoryCode evaluationMethod budget buyerName agencyName
      documentsFrom documentsUntil bidDeadline publishedAt cancelReason registrations documentDownloads
      lots { id lotNo title scope state budget deposit minBidders failureReason }
    }
  }
`);

/** The public opening record of a lot (开标记录). */
export const LotOpeningQuery = graphql(`
  query LotOpening($lotId: ID!) {
    openingRecord(lotId: $lotId) {
      lotId lotState bidDeadline decryptionEndsAt failureReason
      entries { bidId supplierName state price overBudget submittedAt reason }
    }
  }
`);

/** The ranking after the evaluation (评标报告); refused before it is finished. */
export const LotEvaluationQuery = graphql(`
  query LotEvaluation($lotId: ID!) {
    evaluationSummary(lotId: $lotId) {
      lotId evaluationMethod
      ranking { bidId rank supplierName price evaluatedPrice priceScore total smeDeducted }
    }
  }
`);

export const LotAwardQuery = graphql(`
  query LotAward($lotId: ID!) {
    tenderAwardNotice(lotId: $lotId) {
      id lotId winnerName price rank againstRankingReason publishedAt challengeUntil contractDueAt
    }
  }
`);

/** A lot's challenges (with complaints) and suspensions (finance). */
export const LotOversightQuery = graphql(`
  query LotOversight($lotId: ID!) {
    tenderLotOversight(lotId: $lotId) {
      lotId lotNo lotTitle lotState projectId projectNo projectTitle suspended
      challenges {
        id subject content state supplierName createdAt answerDueAt answer answeredAt overdue
        complaint { id state content createdAt decisionDueAt overdue decisionReason remedy decidedAt }
      }
      suspensions { id reason suspendedAt liftedAt }
    }
  }
`);

export const ComplaintsQuery = graphql(`
  query TenderComplaints($state: TenderComplaintState) {
    tenderComplaints(state: $state) {
      id challengeId lotId supplierName content state createdAt decisionDueAt overdue decisionReason remedy decidedAt
    }
  }
`);

export const DecideComplaintMutation = graphql(`
  mutation DecideTenderComplaint($input: DecideTenderComplaintInput!) {
    decideTenderComplaint(input: $input) { id state remedy decisionReason decidedAt }
  }
`);

export const SuspendLotMutation = graphql(`
  mutation SuspendTenderLot($lotId: ID!, $reason: String!) {
    suspendTenderLot(lotId: $lotId, reason: $reason) { id lotId reason suspendedAt liftedAt }
  }
`);

export const ResumeLotMutation = graphql(`
  mutation ResumeTenderLot($lotId: ID!) {
    resumeTenderLot(lotId: $lotId) { id lotId liftedAt }
  }
`);

export const ScoreDeviationsQuery = graphql(`
  query ScoreDeviations($lotId: ID) {
    scoreDeviations(first: 200, lotId: $lotId) {
      id lotId projectNo bidId expertId expertName criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt createdAt
    }
  }
`);

export const DeadlineFlagsQuery = graphql(`
  query TenderDeadlineFlags {
    tenderDeadlineFlags { id kind lotId subjectId dueAt flaggedAt }
  }
`);

export const ExpertsQuery = graphql(`
  query EvaluationExperts {
    evaluationExperts {
      id loginName displayName active organisationId organisationName createdAt
      profile { title employerName employerUscc categoryCodes }
    }
  }
`);

/** Declared relations of every expert (finance only). */
export const ExpertRelationsQuery = graphql(`
  query ExpertRelations {
    expertRelations { id expertId supplierId supplierName kind note createdAt }
  }
`);

/** Where experts can sit: the province's finance department (the only kind that may hold the role). */
export const ExpertOrganisationsQuery = graphql(`
  query ExpertOrganisations {
    organisations(kind: FINANCE_DEPARTMENT, first: 50) { nodes { id name } }
  }
`);

export const CreateExpertMutation = graphql(`
  mutation CreateExpert($input: CreateUserInput!) {
    createUser(input: $input) { id loginName displayName }
  }
`);
