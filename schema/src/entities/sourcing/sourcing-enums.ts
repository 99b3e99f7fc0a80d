/** Where an inquiry is; transitions are in api/src/sourcing/inquiry-state-machine.ts. */
export enum InquiryState {
  /** Open for quotes until the deadline; amounts hidden. */
  Published = 'published',
  /** Deadline passed with enough valid quotes: ranked, awaiting the buyer's award. */
  Closed = 'closed',
  Awarded = 'awarded',
  /** Too few valid quotes, or every compliant quote passed over. */
  Failed = 'failed',
  Cancelled = 'cancelled',
}

/** Why an inquiry failed. */
export enum InquiryFailure {
  TooFewQuotes = 'too_few_quotes',
  AllPassedOver = 'all_passed_over',
}

/** Where a supplier's invitation stands, as its inbox shows it. */
export enum InvitationStatus {
  Invited = 'invited',
  Quoted = 'quoted',
  Won = 'won',
  Lost = 'lost',
  /** The inquiry failed or was cancelled. */
  Ended = 'ended',
}

/** What an order came from: the catalogue (one-click, cart) or a sourcing award. */
export enum OrderOrigin {
  Catalog = 'catalog',
  Inquiry = 'inquiry',
  Auction = 'auction',
}
