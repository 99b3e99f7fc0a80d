import type { TenderBid } from '@zhengcai/schema';
import type { BidReceipt } from './bid-crypto.js';

/** What a bidder sees of its own bid: never the ciphertext; the wrapped key, which only it can open. */
export interface BidView {
  id: string;
  lotId: string;
  version: number;
  state: TenderBid['state'];
  submittedAt: Date;
  digest: string;
  wrappedKey: string;
  receipt: BidReceipt;
  receiptSignature: string;
  openedAt: Date | null;
  priceFen: bigint | null;
  stateReason: string | null;
}

export function bidView(bid: TenderBid): BidView {
  const signed = JSON.parse(bid.receipt) as { receipt: BidReceipt; signature: string };
  return {
    id: bid.id, lotId: bid.lot.id, version: bid.version, state: bid.state, submittedAt: bid.submittedAt, digest: bid.digest, wrappedKey: bid.wrappedKey,
    receipt: signed.receipt, receiptSignature: signed.signature, openedAt: bid.openedAt ?? null, priceFen: bid.priceFen ?? null, stateReason: bid.stateReason ?? null,
  };
}
