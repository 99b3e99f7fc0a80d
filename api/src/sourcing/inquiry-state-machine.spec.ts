import { InquiryState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import { FINAL_INQUIRY_STATES, INQUIRY_TRANSITIONS, type InquiryAction, nextInquiryState } from './inquiry-state-machine.js';

describe('inquiry state machine', () => {
  it('runs published → closed → awarded, and fails or is cancelled on the way', () => {
    expect(nextInquiryState(InquiryState.Published, 'quote')).toBe(InquiryState.Published);
    expect(nextInquiryState(InquiryState.Published, 'close')).toBe(InquiryState.Closed);
    expect(nextInquiryState(InquiryState.Published, 'fail')).toBe(InquiryState.Failed);
    expect(nextInquiryState(InquiryState.Published, 'cancel')).toBe(InquiryState.Cancelled);
    expect(nextInquiryState(InquiryState.Closed, 'pass_over')).toBe(InquiryState.Closed);
    expect(nextInquiryState(InquiryState.Closed, 'fail')).toBe(InquiryState.Failed);
    expect(nextInquiryState(InquiryState.Closed, 'award')).toBe(InquiryState.Awarded);
  });

  it('refuses quotes after the deadline, a second close, awards before the deadline and cancellation after it', () => {
    const refused: [InquiryState, InquiryAction][] = [
      [InquiryState.Closed, 'quote'], [InquiryState.Closed, 'close'], [InquiryState.Published, 'award'], [InquiryState.Closed, 'cancel'],
      [InquiryState.Published, 'pass_over'],
    ];
    for (const [state, action] of refused) {
      expect(() => nextInquiryState(state, action)).toThrow(AppError);
      try {
        nextInquiryState(state, action);
      } catch (e) {
        expect((e as AppError).reason).toBe('INQUIRY_TRANSITION_NOT_ALLOWED');
        expect((e as AppError).params).toEqual({ state, action });
      }
    }
  });

  it('lets nothing happen in a final state', () => {
    for (const state of FINAL_INQUIRY_STATES) {
      for (const action of Object.keys(INQUIRY_TRANSITIONS) as InquiryAction[]) expect(() => nextInquiryState(state, action)).toThrow(AppError);
    }
  });
});
