import { TenderBidState, TenderChallengeState, TenderComplaintState, TenderContractState, TenderLotState, TenderProjectState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

/**
 * The life cycles of tendering (docs/tender.md): a project is the public shell, each lot runs
 * the process from bidding to contract, each bid is sealed until opening. Services move
 * states only through these step functions.
 */

export type TenderProjectAction = 'publish' | 'amend' | 'complete' | 'cancel';

const P = TenderProjectState;
export const TENDER_PROJECT_TRANSITIONS: Readonly<Record<TenderProjectAction, Transition<TenderProjectState>>> = {
  publish: { from: [P.Draft], to: P.Published },
  /** Clarifications and amendments (澄清/修改) while published. */
  amend: { from: [P.Published], to: 'same' },
  /** Every lot reached contracted, failed or cancelled. */
  complete: { from: [P.Published], to: P.Completed },
  cancel: { from: [P.Draft, P.Published], to: P.Cancelled },
};
export const nextTenderProjectState = stateMachine(TENDER_PROJECT_TRANSITIONS, 'TENDER_PROJECT_TRANSITION_NOT_ALLOWED');

export type TenderLotAction =
  | 'publish' | 'close_bidding' | 'conclude_opening' | 'finish_evaluation' | 'confirm_award' | 'sign_contract' | 'fail' | 'cancel';

const L = TenderLotState;
export const TENDER_LOT_TRANSITIONS: Readonly<Record<TenderLotAction, Transition<TenderLotState>>> = {
  publish: { from: [L.Draft], to: L.Bidding },
  /** The bid deadline passed with at least minBidders live bids. */
  close_bidding: { from: [L.Bidding], to: L.Opening },
  /** Decryption is over and at least minBidders bids opened valid. */
  conclude_opening: { from: [L.Opening], to: L.Evaluating },
  /** The panel's scores are aggregated and the ranking recorded. */
  finish_evaluation: { from: [L.Evaluating], to: L.Recommended },
  /** The buyer confirmed the winner; the award notice is published. */
  confirm_award: { from: [L.Recommended], to: L.Awarded },
  sign_contract: { from: [L.Awarded], to: L.Contracted },
  /** 流标/废标: too few bids at the deadline or after opening or review, with a reason. */
  fail: { from: [L.Bidding, L.Opening, L.Evaluating, L.Recommended], to: L.Failed },
  cancel: { from: [L.Draft, L.Bidding, L.Opening, L.Evaluating, L.Recommended], to: L.Cancelled },
};
export const nextTenderLotState = stateMachine(TENDER_LOT_TRANSITIONS, 'TENDER_LOT_TRANSITION_NOT_ALLOWED');

/** Lots in these states take no further step. */
export const FINAL_LOT_STATES: readonly TenderLotState[] = [L.Contracted, L.Failed, L.Cancelled];

export type TenderBidAction = 'withdraw' | 'replace' | 'open' | 'fail_decryption' | 'void' | 'disqualify';

const B = TenderBidState;
export const TENDER_BID_TRANSITIONS: Readonly<Record<TenderBidAction, Transition<TenderBidState>>> = {
  withdraw: { from: [B.Submitted], to: B.Withdrawn },
  replace: { from: [B.Submitted], to: B.Replaced },
  /** Decrypted with the released key; digest and signature verified. */
  open: { from: [B.Submitted], to: B.Opened },
  /** No key that decrypts it by the end of the opening: treated as withdrawn. */
  fail_decryption: { from: [B.Submitted], to: B.NotDecrypted },
  /** Decrypts, but digest or signature does not match: tampered. */
  void: { from: [B.Submitted], to: B.Invalid },
  /** Failed the qualification or compliance review (资格性/符合性审查), with a reason. */
  disqualify: { from: [B.Opened], to: B.Disqualified },
};
export const nextTenderBidState = stateMachine(TENDER_BID_TRANSITIONS, 'TENDER_BID_TRANSITION_NOT_ALLOWED');

/**
 * After the award (docs/tender.md, "Award, challenges, contracts, OCDS"): an upheld complaint
 * may void the award, and the winner may decline it before signing; either fails the lot.
 * `fail` itself stays closed to awarded lots.
 */
export type TenderAwardLotAction = 'void_award' | 'decline_award';
export const TENDER_AWARD_LOT_TRANSITIONS: Readonly<Record<TenderAwardLotAction, Transition<TenderLotState>>> = {
  void_award: { from: [L.Awarded], to: L.Failed },
  decline_award: { from: [L.Awarded], to: L.Failed },
};
export const nextAwardedLotState = stateMachine(TENDER_AWARD_LOT_TRANSITIONS, 'TENDER_LOT_TRANSITION_NOT_ALLOWED');

export type TenderChallengeAction = 'answer';
export const TENDER_CHALLENGE_TRANSITIONS: Readonly<Record<TenderChallengeAction, Transition<TenderChallengeState>>> = {
  answer: { from: [TenderChallengeState.Pending], to: TenderChallengeState.Answered },
};
export const nextTenderChallengeState = stateMachine(TENDER_CHALLENGE_TRANSITIONS, 'TENDER_CHALLENGE_TRANSITION_NOT_ALLOWED');

export type TenderComplaintAction = 'uphold' | 'dismiss';
export const TENDER_COMPLAINT_TRANSITIONS: Readonly<Record<TenderComplaintAction, Transition<TenderComplaintState>>> = {
  uphold: { from: [TenderComplaintState.Pending], to: TenderComplaintState.Upheld },
  dismiss: { from: [TenderComplaintState.Pending], to: TenderComplaintState.Dismissed },
};
export const nextTenderComplaintState = stateMachine(TENDER_COMPLAINT_TRANSITIONS, 'TENDER_COMPLAINT_TRANSITION_NOT_ALLOWED');

export type TenderContractAction = 'edit_terms' | 'sign_one' | 'sign_both';
export const TENDER_CONTRACT_TRANSITIONS: Readonly<Record<TenderContractAction, Transition<TenderContractState>>> = {
  /** The buyer edits payment and delivery terms until the first signature. */
  edit_terms: { from: [TenderContractState.Draft], to: 'same' },
  /** The first party's signature: the terms are frozen. */
  sign_one: { from: [TenderContractState.Draft], to: 'same' },
  /** The second signature: signed and published. */
  sign_both: { from: [TenderContractState.Draft], to: TenderContractState.Signed },
};
export const nextTenderContractState = stateMachine(TENDER_CONTRACT_TRANSITIONS, 'TENDER_CONTRACT_TRANSITION_NOT_ALLOWED');
