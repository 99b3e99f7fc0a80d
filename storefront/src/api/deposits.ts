import { graphql } from '../graphql/generated';

/** My organisation's deposits and guarantees, the virtual account to quote, and the province's time zone. */
export const MyDepositsQuery = graphql(`
  query MyDeposits {
    deposits {
      id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt
      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }
    }
    guarantees { id guaranteeNo issuerName lotId lotNo lotTitle projectNo projectTitle amount validFrom validUntil state releasedAt claimReason }
    depositAccount
    tenant { timeZone }
  }
`);

/** The public facts of the one lot typed into the open form (deposits carry their own names). */
export const DepositLotQuery = graphql(`
  query DepositLot($lotId: ID!) {
    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle lotState bidDeadline }
  }
`);

export const GuaranteeIssuersQuery = graphql(`
  query GuaranteeIssuers {
    guaranteeIssuers { id name kind algorithm }
  }
`);

/** The Alipay payments of one deposit, and the province's payment methods. */
export const DepositPaymentsQuery = graphql(`
  query DepositPayments($subjectId: String!) {
    payments(subjectType: "deposit", subjectId: $subjectId, first: 10) {
      nodes { id paymentNo provider state amount payUrl createdAt }
    }
    paymentProviders { enabled default }
  }
`);

export const OpenDepositMutation = graphql(`
  mutation OpenDeposit($lotId: ID!) {
    openDeposit(lotId: $lotId) { id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef }
  }
`);

export const PresentGuaranteeMutation = graphql(`
  mutation PresentGuarantee($input: PresentGuaranteeInput!) {
    presentGuarantee(input: $input) { id guaranteeNo state }
  }
`);

export const ChallengeDepositForfeitureMutation = graphql(`
  mutation ChallengeDepositForfeiture($id: ID!, $grounds: String!) {
    challengeDepositForfeiture(id: $id, grounds: $grounds) { id state challengeGrounds }
  }
`);

export const StartDepositPaymentMutation = graphql(`
  mutation StartDepositPayment($input: StartPaymentInput!) {
    startPayment(input: $input) { id paymentNo provider state amount payUrl }
  }
`);
