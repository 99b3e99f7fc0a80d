import { TenderBidState, TenderChallengeState, TenderComplaintState, TenderContractState, TenderLotState, TenderProjectState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import {
  nextAwardedLotState, nextTenderBidState, nextTenderChallengeState, nextTenderComplaintState, nextTenderContractState, nextTenderLotState, nextTenderProjectState,
} from './tender-state-machines.js';

describe('tender life cycles', () => {
  it('walks a lot from draft to contract', () => {
    let s = TenderLotState.Draft;
    for (const action of ['publish', 'close_bidding', 'conclude_opening', 'finish_evaluation', 'confirm_award', 'sign_contract'] as const) s = nextTenderLotState(s, action);
    expect(s).toBe(TenderLotState.Contracted);
  });

  it('refuses to fail or cancel a lot once awarded, naming state and action', () => {
    for (const action of ['fail', 'cancel'] as const) {
      const error = (() => { try { nextTenderLotState(TenderLotState.Awarded, action); } catch (e) { return e; } })();
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ reason: 'TENDER_LOT_TRANSITION_NOT_ALLOWED', params: { state: 'awarded', action } });
    }
  });

  it('keeps an opened bid from being withdrawn and a published project from being published again', () => {
    expect(() => nextTenderBidState(TenderBidState.Opened, 'withdraw')).toThrow(AppError);
    expect(nextTenderBidState(TenderBidState.Submitted, 'fail_decryption')).toBe(TenderBidState.NotDecrypted);
    expect(() => nextTenderProjectState(TenderProjectState.Published, 'publish')).toThrow(AppError);
    expect(nextTenderProjectState(TenderProjectState.Published, 'amend')).toBe(TenderProjectState.Published);
  });

  it('voids an award only from awarded; answers a challenge and decides a complaint once; freezes a contract at its first signature', () => {
    expect(nextAwardedLotState(TenderLotState.Awarded, 'void_award')).toBe(TenderLotState.Failed);
    expect(() => nextAwardedLotState(TenderLotState.Contracted, 'void_award')).toThrow(AppError);
    expect(nextAwardedLotState(TenderLotState.Awarded, 'decline_award')).toBe(TenderLotState.Failed);
    expect(() => nextAwardedLotState(TenderLotState.Contracted, 'decline_award')).toThrow(AppError);
    expect(nextTenderChallengeState(TenderChallengeState.Pending, 'answer')).toBe(TenderChallengeState.Answered);
    expect(() => nextTenderChallengeState(TenderChallengeState.Answered, 'answer')).toThrow(AppError);
    expect(nextTenderComplaintState(TenderComplaintState.Pending, 'uphold')).toBe(TenderComplaintState.Upheld);
    expect(() => nextTenderComplaintState(TenderComplaintState.Dismissed, 'uphold')).toThrow(AppError);
    expect(nextTenderContractState(TenderContractState.Draft, 'sign_one')).toBe(TenderContractState.Draft);
    expect(nextTenderContractState(TenderContractState.Draft, 'sign_both')).toBe(TenderContractState.Signed);
    expect(() => nextTenderContractState(TenderContractState.Signed, 'edit_terms')).toThrow(AppError);
  });
});
