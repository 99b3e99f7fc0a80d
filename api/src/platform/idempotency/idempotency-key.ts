import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';
import { AppError } from '../errors/app-error.js';

/** A client-made key (a UUID fits): long enough not to collide by accident, safe to log. */
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Every operation that takes an idempotency key (orders, payments, refunds) accepts the same
 * keys and refuses others with the same reason, so a client has one rule to follow.
 */
export function checkIdempotencyKey(key: string | null | undefined, field = 'idempotencyKey'): asserts key is string {
  if (!KEY.test(key ?? '')) throw new AppError('IDEMPOTENCY_KEY_FORMAT', { field });
}

/** SHA-256 of the operation and its input in canonical JSON: equal requests, equal prints. */
export function requestFingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(canonicalJson({ operation, input })).digest('hex');
}
