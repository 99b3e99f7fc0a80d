/** What a challenge (质疑) is about (政府采购法 art. 52). */
export enum TenderChallengeSubject {
  Documents = 'documents',
  Process = 'process',
  Result = 'result',
}

export enum TenderChallengeState {
  /** Filed; the buyer or its agency owes an answer within 7 working days. */
  Pending = 'pending',
  /** Answered; the answer is published to the challenger. */
  Answered = 'answered',
}

/** The buyer's verdict in its answer to a challenge (政府采购质疑和投诉办法 art. 15). */
export enum TenderChallengeOutcome {
  Upheld = 'upheld',
  PartlyUpheld = 'partly_upheld',
  /** 质疑不成立: counts against the challenger's integrity. */
  Groundless = 'groundless',
}

export enum TenderComplaintState {
  /** With the finance department; decided within 30 working days. */
  Pending = 'pending',
  Upheld = 'upheld',
  Dismissed = 'dismissed',
}

/** What an upheld complaint orders for the lot. */
export enum TenderComplaintRemedy {
  /** Recorded; the procurement goes on (the buyer corrects what the decision names). */
  None = 'none',
  /** The award is void and the lot fails (废标); it may be tendered again. */
  FailLot = 'fail_lot',
}

export enum TenderContractState {
  /** Drafted from the award; the buyer edits the terms until the first signature. */
  Draft = 'draft',
  /** Signed by both parties and published. */
  Signed = 'signed',
}

/** The tendering deadlines the publication sweep watches. */
export enum TenderDeadlineKind {
  /** The buyer confirms the winner and publishes the award notice: 5 + 2 working days after the recommendation. */
  AwardNotice = 'award_notice',
  ChallengeAnswer = 'challenge_answer',
  ComplaintDecision = 'complaint_decision',
  /** The contract is signed within 30 days of the award letter. */
  ContractSigning = 'contract_signing',
}
