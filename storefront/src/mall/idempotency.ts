import { ApiError } from '@zhengcai/web-kit';

/**
 * One idempotency key per purchase attempt. A submission gets a fresh key unless it repeats
 * the previous one exactly after that one's answer was lost (network failure or a 5xx): then
 * the same key goes again, so the API returns the order the first try may have made instead
 * of making a second. Any answer (success or refusal) ends the attempt.
 */
export class PurchaseAttempt {
  private pending: { fingerprint: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key to send with this input. */
  keyFor(input: unknown): string {
    const fingerprint = JSON.stringify(input);
    if (this.pending?.fingerprint !== fingerprint) this.pending = { fingerprint, key: this.newKey() };
    return this.pending.key;
  }

  /** After the request: keep the key only when the answer may have been lost. */
  settle(error: unknown) {
    if (!answerLost(error)) this.pending = null;
  }

  reset() {
    this.pending = null;
  }
}

export function answerLost(error: unknown): boolean {
  if (error == null) return false;
  if (error instanceof ApiError) return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
  return true;
}
