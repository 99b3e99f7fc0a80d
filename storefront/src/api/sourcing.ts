import { graphql } from '../graphql/generated';

/** The unit's inquiries, newest first. */
export const InquiriesQuery = graphql(`
  query Inquiries {
    inquiries { id title state budget quantity unit quoteDeadline validQuotes createdAt }
  }
`);

/** One inquiry, with the tenant's time zone. */
export const InquiryQuery = graphql(`
  query Inquiry($id: ID!) {
    inquiry(id: $id) {
      id title categoryCode specification quantity unit deliveryDays budget budgetLineId buyerId buyerName quoteDeadline minQuotes tieRule
      state failure validQuotes closedAt awardedQuoteId orderId relaunchOf cancelReason createdAt
      deliveryAddress { regionCode address recipient phone }
    }
    tenant { timeZone }
  }
`);

/** The comparison of quotes (after the deadline). */
export const InquiryQuotesQuery = graphql(`
  query InquiryQuotes($inquiryId: ID!) {
    inquiryQuotes(inquiryId: $inquiryId) { id supplierId supplierName unitPrice total offer revision submittedAt rank invalidReason passedOverReason recommended }
  }
`);

/** The supplier's own quote. */
export const MyInquiryQuoteQuery = graphql(`
  query MyInquiryQuote($inquiryId: ID!) {
    myInquiryQuote(inquiryId: $inquiryId) { id unitPrice total offer revision submittedAt }
  }
`);

/** The supplier's inbox. */
export const InquiryInvitationsQuery = graphql(`
  query InquiryInvitations {
    inquiryInvitations { id status invitedAt inquiry { id title buyerName state budget quantity unit quoteDeadline } }
  }
`);

/** What the form needs: the unit's budget lines, the route limits and the inquiry rules. */
export const InquiryContextQuery = graphql(`
  query InquiryContext($fiscalYear: Int) {
    budgetLines(fiscalYear: $fiscalYear, first: 100) { nodes { id code name amount available fiscalYear } }
    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax } } }
  }
`);

export const PublishInquiryMutation = graphql(`
  mutation PublishInquiry($input: PublishInquiryInput!) { publishInquiry(input: $input) { id state } }
`);

export const CancelInquiryMutation = graphql(`
  mutation CancelInquiry($id: ID!, $reason: String!) { cancelInquiry(id: $id, reason: $reason) { id state } }
`);

export const CloseInquiryMutation = graphql(`
  mutation CloseInquiry($id: ID!) { closeInquiry(id: $id) { id state } }
`);

export const AwardInquiryMutation = graphql(`
  mutation AwardInquiry($id: ID!, $quoteId: ID!) { awardInquiry(id: $id, quoteId: $quoteId) { id state orderId } }
`);

export const PassOverInquiryQuoteMutation = graphql(`
  mutation PassOverInquiryQuote($id: ID!, $quoteId: ID!, $reason: String!) { passOverInquiryQuote(id: $id, quoteId: $quoteId, reason: $reason) { id state } }
`);

export const RelaunchInquiryMutation = graphql(`
  mutation RelaunchInquiry($id: ID!, $quoteDeadline: DateTime!, $idempotencyKey: String!) {
    relaunchInquiry(id: $id, quoteDeadline: $quoteDeadline, idempotencyKey: $idempotencyKey) { id state }
  }
`);

export const SubmitInquiryQuoteMutation = graphql(`
  mutation SubmitInquiryQuote($input: SubmitInquiryQuoteInput!) {
    submitInquiryQuote(input: $input) { id unitPrice total offer revision submittedAt }
  }
`);

export const SupplierDirectoryQuery = graphql(`
  query SupplierDirectory($search: String!) {
    supplierDirectory(search: $search) { id name uscc }
  }
`);
