import { openSealed, type SealedParts, unpackCiphertext } from '../sealing/bid-crypto.js';
import { type OpenedPriceForm, readPriceForm } from '../sealing/price-form.js';

/** What opening one bid needs: the stored sealed parts, the released key, the bidder's key, the lot's budget. */
export interface OpenBidRequest {
  packedCiphertext: string;
  digest: string;
  signature: string;
  key: string;
  bidderPublicKey: string;
  budgetFen: bigint;
}

export type OpenBidResult =
  | { kind: 'opened'; priceFen: bigint; form: OpenedPriceForm }
  | { kind: 'wrong_key' }
  /** The bid cannot count: it is not what was signed, or its price form is unreadable. */
  | { kind: 'void'; reason: string };

/**
 * The CPU-heavy part of opening a bid: SM4 decryption, MAC, digest and SM2 checks, reading the
 * price form. Pure, so it runs the same inline or on a worker thread (`bid-opener.ts`); the
 * plaintext (with the documents) never leaves it.
 */
export function openBid(req: OpenBidRequest): OpenBidResult {
  const parts: SealedParts = { ...unpackCiphertext(req.packedCiphertext), digest: req.digest, signature: req.signature };
  const outcome = openSealed(parts, req.key, req.bidderPublicKey);
  if (!outcome.ok) return outcome.reason === 'wrong_key' ? { kind: 'wrong_key' } : { kind: 'void', reason: outcome.reason };
  const read = readPriceForm(outcome.plaintext, req.budgetFen);
  return read ? { kind: 'opened', priceFen: read.priceFen, form: read.form } : { kind: 'void', reason: 'price_form_invalid' };
}
