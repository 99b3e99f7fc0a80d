import { afterAll, describe, expect, it } from 'vitest';
import * as browser from '../../../../web-kit/src/tender/sealed-bid.js';
import { packCiphertext } from '../sealing/bid-crypto.js';
import type { BidOpener as BidOpenerType } from './bid-opener.js';
import type { OpenBidRequest } from './bid-opening-work.js';

// The compiled build: there the opener runs its worker threads (from sources it opens inline).
const { BidOpener } = (await import(new URL('../../../dist/tender/opening/bid-opener.js', import.meta.url).href)) as { BidOpener: typeof BidOpenerType };

function sealedRequest(totalPrice: string, budgetFen = 500_000_000n): { request: OpenBidRequest; keys: browser.KeyPair } {
  const keys = browser.generateSigningKeyPair();
  const sealed = browser.sealBid({ priceForm: { totalPrice, discountBp: 0, deliveryDays: 30, warrantyMonths: 12, sme: 'none' }, documents: [] }, keys);
  const key = browser.unwrapBidKey(sealed.wrappedKey, keys.privateKey);
  return { keys, request: { packedCiphertext: packCiphertext(sealed), digest: sealed.digest, signature: sealed.signature, key, bidderPublicKey: keys.publicKey, budgetFen } };
}

describe('the bid opener on worker threads', () => {
  const opener = new BidOpener();
  afterAll(() => opener.onModuleDestroy());

  it('runs threaded from the build, and opens, refuses a wrong key and voids a tampered bid', async () => {
    expect(opener.threaded).toBe(true);
    const { request } = sealedRequest('4200000.00');
    expect(await opener.open(request)).toMatchObject({ kind: 'opened', priceFen: 420_000_000n, form: { totalPrice: '4200000.00', overBudget: false } });
    expect(await opener.open({ ...request, key: 'ab'.repeat(32) })).toEqual({ kind: 'wrong_key' });
    const other = sealedRequest('1.00');
    expect(await opener.open({ ...request, signature: other.request.signature })).toEqual({ kind: 'void', reason: 'signature_invalid' });
    expect(await opener.open({ ...sealedRequest('6000000.00').request })).toMatchObject({ kind: 'opened', form: { overBudget: true } });
  });

  it('answers each of many concurrent openings with its own bid', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => sealedRequest(`${1000 + i}.00`).request);
    const results = await Promise.all(requests.map((r) => opener.open(r)));
    expect(results.map((r) => (r.kind === 'opened' ? r.priceFen : null))).toEqual(requests.map((_, i) => BigInt(1000 + i) * 100n));
  });

  it('fails what a dead thread held and carries on with a new one', async () => {
    // Sealed beforehand, so that all of them are queued on the threads when those die.
    const requests = Array.from({ length: 30 }, () => sealedRequest('10.00').request);
    // Settled before the threads die: a rejection nobody awaits yet would be an unhandled one.
    const inFlight = Promise.allSettled(requests.map((r) => opener.open(r)));
    const threads = (opener as unknown as { threads: { worker: { terminate(): Promise<number> } }[] }).threads;
    await Promise.all(threads.map((t) => t.worker.terminate()));
    const settled = await inFlight;
    expect(settled.some((s) => s.status === 'rejected')).toBe(true);
    expect(await opener.open(sealedRequest('11.00').request)).toMatchObject({ kind: 'opened', priceFen: 1100n });
  });
});
