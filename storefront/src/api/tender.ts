import { graphql } from '../graphql/generated';

/** The registered fingerprint of my signing key (null until one is registered). */
export const MySigningKeyQuery = graphql(`
  query MySigningKey {
    mySigningKey { active { id fingerprint publicKey createdAt } }
    tenant { code timeZone }
  }
`);

/** Registers the public half of a key pair made in the browser; the previous key is revoked. */
export const RegisterSigningKeyMutation = graphql(`
  mutation RegisterSigningKey($publicKey: String!) {
    registerSigningKey(publicKey: $publicKey) { id fingerprint publicKey createdAt }
  }
`);

/** The lot as the public opening record shows it (title, budget, deadline, state), plus my bids on it. */
export const BidContextQuery = graphql(`
  query BidContext($lotId: ID!) {
    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle budget bidDeadline lotState }
    myBids(lotId: $lotId) {
      id lotId version state submittedAt digest price stateReason
      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }
    }
    mySigningKey { active { fingerprint publicKey } }
    platformReceiptKey { fingerprint publicKey }
    tenant { code timeZone }
  }
`);

export const SubmitBidMutation = graphql(`
  mutation SubmitBid($input: SubmitBidInput!) {
    submitBid(input: $input) {
      id lotId version state submittedAt digest
      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }
    }
  }
`);

export const WithdrawBidMutation = graphql(`
  mutation WithdrawBid($bidId: ID!) {
    withdrawBid(bidId: $bidId) { id state }
  }
`);

/** All my organisation's bids, every version, newest first. */
export const MyBidsQuery = graphql(`
  query MyBids {
    myBids { id lotId version state submittedAt price stateReason }
    tenant { code timeZone }
  }
`);

const OPENING_FIELDS = `
  lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason
  entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }
`;

export const OpeningRecordQuery = graphql(`
  query OpeningRecord($lotId: ID!) {
    openingRecord(lotId: $lotId) {
      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason
      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }
    }
    tenant { code timeZone }
  }
`);

/** Sent over graphql-ws (not through the HTTP client): the record now and after every change. */
export const OPENING_SUBSCRIPTION = `subscription OpeningRecordChanged($lotId: ID!) { openingRecordChanged(lotId: $lotId) { ${OPENING_FIELDS} } }`;

/** A bidder's own live bids on the lot (with the wrapped key) for the opening. */
export const MyOpeningBidsQuery = graphql(`
  query MyOpeningBids($lotId: ID!) {
    myBids(lotId: $lotId) { id version state wrappedKey }
    mySigningKey { active { fingerprint } }
  }
`);

export const ReleaseBidKeyMutation = graphql(`
  mutation ReleaseBidKey($bidId: ID!, $key: String!) {
    releaseBidKey(bidId: $bidId, key: $key) { id state stateReason price openedAt }
  }
`);

export const MyEvaluationPanelsQuery = graphql(`
  query MyEvaluationPanels {
    myEvaluationPanels { lotId lotState lotTitle projectNo projectTitle seat submittedAt }
    tenant { code timeZone }
  }
`);

export const ScoreSheetQuery = graphql(`
  query ScoreSheet($lotId: ID!) {
    evaluationScoreSheet(lotId: $lotId) {
      lotId lotState lotTitle evaluationMethod submittedAt
      criteria { key name weight }
      bids { bidId supplierId supplierName supplierIntegrityBand price state stateReason priceForm { key value } }
      scores { bidId criterion score }
      deviations { id bidId criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt }
    }
    tenant { code timeZone }
  }
`);

export const SaveScoresMutation = graphql(`
  mutation SaveEvaluationScores($input: SaveEvaluationScoresInput!) {
    saveEvaluationScores(input: $input) { lotId submittedAt }
  }
`);

export const SubmitScoreSheetMutation = graphql(`
  mutation SubmitScoreSheet($lotId: ID!) {
    submitScoreSheet(lotId: $lotId) { lotId submittedAt }
  }
`);

export const RecordDeviationReasonMutation = graphql(`
  mutation RecordDeviationReason($id: ID!, $reason: String!) {
    recordDeviationReason(id: $id, reason: $reason) { id reason reasonAt }
  }
`);

export const DisqualifyBidMutation = graphql(`
  mutation DisqualifyBid($bidId: ID!, $reason: String!) {
    disqualifyBid(bidId: $bidId, reason: $reason) { bidId state lotState reason }
  }
`);
