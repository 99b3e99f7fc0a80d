import { graphql } from '../graphql/generated';

/** The deposit ledger (finance and operators): every deposit of the province, newest first, at most 500. */
export const DepositLedgerQuery = graphql(`
  query DepositLedger($lotId: ID, $state: DepositState) {
    deposits(lotId: $lotId, state: $state) {
      id lotId lotNo lotTitle projectId projectNo projectTitle supplierOrganisationId amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt
      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }
    }
  }
`);

export const FlaggedDepositTransfersQuery = graphql(`
  query FlaggedDepositTransfers {
    flaggedDepositTransfers { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }
  }
`);

export const RecordDepositTransferMutation = graphql(`
  mutation RecordDepositTransfer($input: RecordDepositTransferInput!) {
    recordDepositTransfer(input: $input) { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }
  }
`);

/** Closes a flagged transfer whose money was sent back to the payer (the return's bank serial no.). */
export const ReturnDepositTransferMutation = graphql(`
  mutation ReturnDepositTransfer($id: ID!, $bankSerialNo: String!, $note: String!) {
    returnDepositTransfer(id: $id, bankSerialNo: $bankSerialNo, note: $note) { id state bankSerialNo returnSerialNo returnNote returnedAt }
  }
`);

export const ConfirmDepositRefundMutation = graphql(`
  mutation ConfirmDepositRefund($id: ID!, $bankSerialNo: String!) {
    confirmDepositRefund(id: $id, bankSerialNo: $bankSerialNo) { id state bankSerialNo completedAt }
  }
`);

export const DecideDepositChallengeMutation = graphql(`
  mutation DecideDepositChallenge($id: ID!, $uphold: Boolean!, $note: String!) {
    decideDepositChallenge(id: $id, uphold: $uphold, note: $note) { id state challengeDecision }
  }
`);

export const DepositReconciliationQuery = graphql(`
  query DepositReconciliation($xlsx: Boolean) {
    depositReconciliation(xlsx: $xlsx) {
      rows { depositId lotId lotNo lotTitle projectId projectNo projectTitle supplierName state paid refundedPrincipal interest lateCharge forfeited held refundState difference flagged }
      flaggedCount
      xlsxBase64
    }
  }
`);

export const GuaranteeIssuerListQuery = graphql(`
  query GuaranteeIssuerList {
    guaranteeIssuers { id name kind algorithm publicKey callbackUrl }
  }
`);

export const RegisterGuaranteeIssuerMutation = graphql(`
  mutation RegisterGuaranteeIssuer($input: RegisterGuaranteeIssuerInput!) {
    registerGuaranteeIssuer(input: $input) { id name kind algorithm publicKey callbackUrl }
  }
`);

/** The province's time zone, for showing and reading wall-clock times. */
export const DepositTenantZoneQuery = graphql(`
  query DepositTenantZone {
    tenant { timeZone }
  }
`);
