import { parentPort } from 'node:worker_threads';
import { openBid, type OpenBidRequest } from './bid-opening-work.js';

/** A thread of the bid opener's pool: opens one bid per message, answers with the same id. */
parentPort?.on('message', ({ id, request }: { id: number; request: OpenBidRequest }) => {
  try {
    parentPort!.postMessage({ id, result: openBid(request) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
