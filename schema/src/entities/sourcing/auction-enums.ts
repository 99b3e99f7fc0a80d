/** Reverse: buyers' procurement (lowest wins). Forward: disposal of public assets (highest wins). */
export enum AuctionDirection {
  Reverse = 'reverse',
  Forward = 'forward',
}

/** scheduled → live → ended → awarded | failed; cancelled from scheduled or live. */
export enum AuctionState {
  Scheduled = 'scheduled',
  Live = 'live',
  Ended = 'ended',
  Awarded = 'awarded',
  Failed = 'failed',
  Cancelled = 'cancelled',
}
