import { ApiError } from '@zhengcai/web-kit';

/** The first API error's reason and extensions, for refusals the page answers itself. */
export function firstReason(error: unknown): { reason: string | null; extensions: Record<string, unknown> } {
  if (!(error instanceof ApiError)) return { reason: null, extensions: {} };
  const ext = error.errors[0]?.extensions ?? {};
  return { reason: typeof ext.reason === 'string' ? ext.reason : null, extensions: ext };
}
