import { AuctionState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { AUCTION_TRANSITIONS, nextAuctionState } from './auction-state-machine.js';

const S = AuctionState;

describe('the auction state machine', () => {
  it('runs scheduled → live → ended → awarded or failed', () => {
    expect(nextAuctionState(S.Scheduled, 'start')).toBe(S.Live);
    expect(nextAuctionState(S.Live, 'end')).toBe(S.Ended);
    expect(nextAuctionState(S.Ended, 'award')).toBe(S.Awarded);
    expect(nextAuctionState(S.Ended, 'fail')).toBe(S.Failed);
  });

  it('cancels only before the end', () => {
    expect(nextAuctionState(S.Scheduled, 'cancel')).toBe(S.Cancelled);
    expect(nextAuctionState(S.Live, 'cancel')).toBe(S.Cancelled);
    for (const s of [S.Ended, S.Awarded, S.Failed, S.Cancelled]) expect(() => nextAuctionState(s, 'cancel')).toThrow(AppError);
  });

  it('refuses every other step with the state and the action', () => {
    const refusal = (() => { try { nextAuctionState(S.Awarded, 'start'); } catch (e) { return e as AppError; } })();
    expect(refusal).toMatchObject({ reason: 'AUCTION_TRANSITION_NOT_ALLOWED', params: { state: 'awarded', action: 'start' } });
    expect(() => nextAuctionState(S.Scheduled, 'end')).toThrow(AppError);
    expect(() => nextAuctionState(S.Live, 'award')).toThrow(AppError);
  });

  it('leaves no state without a way in', () => {
    const reached = new Set(Object.values(AUCTION_TRANSITIONS).map((t) => t.to));
    for (const s of Object.values(S)) if (s !== S.Scheduled) expect(reached.has(s)).toBe(true);
  });
});
