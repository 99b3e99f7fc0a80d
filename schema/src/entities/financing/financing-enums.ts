/** What a supplier finances: a signed tender contract or a confirmed mall order. */
export enum FinancingSubjectType {
  TenderContract = 'tender_contract',
  MallOrder = 'mall_order',
}

/** The lender's side of an application (docs/financing.md). */
export enum FinancingState {
  Applied = 'applied',
  Approved = 'approved',
  Rejected = 'rejected',
  Disbursed = 'disbursed',
  Repaid = 'repaid',
}
