import { graphql } from '../graphql/generated';

/** The lot workspace's frame: the public opening record gives the lot's facts and state. */
export const LotFrameQuery = graphql(`
  query LotFrame($lotId: ID!) {
    openingRecord(lotId: $lotId) {
      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason
      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }
    }
    tenant { code timeZone }
  }
`);

export const ConcludeOpeningMutation = graphql(`
  mutation ConcludeOpening($lotId: ID!) {
    concludeOpening(lotId: $lotId) { lotId lotState failureReason }
  }
`);

export const PanelDrawQuery = graphql(`
  query LotPanelDraw($lotId: ID!) {
    panelDraw(lotId: $lotId) {
      lotId seed size categoryCode candidateIds drawnAt
      drawn { expertId name seat }
      excluded { expertId name reason supplierName }
    }
  }
`);

export const DrawPanelMutation = graphql(`
  mutation DrawEvaluationPanel($lotId: ID!, $size: Int) {
    drawEvaluationPanel(lotId: $lotId, size: $size) { lotId seed size }
  }
`);

export const VerifyPanelDrawQuery = graphql(`
  query VerifyPanelDraw($lotId: ID!) {
    verifyPanelDraw(lotId: $lotId) { pickMatches candidatesMatch drawnExpertIds recomputedExpertIds }
  }
`);

export const EvaluationProgressQuery = graphql(`
  query EvaluationProgress($lotId: ID!) {
    evaluationProgress(lotId: $lotId) {
      lotId lotState
      members { expertId name seat submittedAt }
      bids { bidId supplierName supplierIntegrityBand state stateReason }
      deviations { id bidId expertName criterion score panelMean maximum beyondThreshold beyondZ reason }
    }
  }
`);

export const EvaluationSummaryQuery = graphql(`
  query LotEvaluationSummary($lotId: ID!) {
    evaluationSummary(lotId: $lotId) {
      lotId lotState evaluationMethod smeDeductionBp
      ranking { bidId supplierId supplierName supplierIntegrityBand rank price evaluatedPrice smeDeducted priceScore total criteria { criterion mean expertScores { expertId score } } }
    }
  }
`);

export const FinishEvaluationMutation = graphql(`
  mutation FinishEvaluation($lotId: ID!) {
    finishEvaluation(lotId: $lotId) { lotId lotState }
  }
`);

export const ConfirmAwardMutation = graphql(`
  mutation ConfirmTenderAward($input: ConfirmTenderAwardInput!) {
    confirmTenderAward(input: $input) { id lotId }
  }
`);

export const AwardNoticeQuery = graphql(`
  query LotAwardNotice($lotId: ID!) {
    tenderAwardNotice(lotId: $lotId) {
      id lotId winnerName winnerOrganisationId price rank scoreHundredths againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt lotState
      ranking { supplierName price rank scoreHundredths }
    }
  }
`);

export const LotChallengesQuery = graphql(`
  query LotChallenges($lotId: ID!) {
    tenderChallenges(lotId: $lotId) { id subject content state supplierName createdAt answerDueAt answer outcome answeredAt overdue }
  }
`);

export const AnswerChallengeMutation = graphql(`
  mutation AnswerTenderChallenge($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) {
    answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { id state answer outcome answeredAt }
  }
`);

export const LotContractQuery = graphql(`
  query LotContract($lotId: ID!) {
    tenderContract(lotId: $lotId) {
      id contractNo state amount buyerName supplierName paymentTerms deliveryTerms digest canonicalText dueAt
      buyerSignature buyerSignedAt supplierSignature supplierSignedAt signedAt signedLate publishedAt publicationDueAt
    }
    tenderChallenges(lotId: $lotId) { id state }
    mySigningKey { active { fingerprint publicKey } }
  }
`);

export const UpdateContractTermsMutation = graphql(`
  mutation UpdateTenderContractTerms($id: ID!, $input: TenderContractTermsInput!) {
    updateTenderContractTerms(id: $id, input: $input) { id paymentTerms deliveryTerms digest }
  }
`);

export const SignContractMutation = graphql(`
  mutation BuyerSignTenderContract($id: ID!, $signature: String!) {
    signTenderContract(id: $id, signature: $signature) { id state buyerSignedAt supplierSignedAt publishedAt }
  }
`);

export const LotDepositsQuery = graphql(`
  query LotDeposits($lotId: ID!) {
    deposits(lotId: $lotId) { id supplierOrganisationId amount state paidAt paidVia forfeitReason challengeGrounds challengeDecision }
    guarantees(lotId: $lotId) { id guaranteeNo issuerName supplierOrganisationId amount state validUntil claimReason claimEvidence }
  }
`);

export const ForfeitDepositMutation = graphql(`
  mutation ForfeitDeposit($id: ID!, $reason: String!) {
    forfeitDeposit(id: $id, reason: $reason) { id state forfeitReason }
  }
`);

export const ClaimGuaranteeMutation = graphql(`
  mutation ClaimGuarantee($id: ID!, $reason: String!, $evidence: [String!]!) {
    claimGuarantee(id: $id, reason: $reason, evidence: $evidence) { id state claimReason claimEvidence }
  }
`);
