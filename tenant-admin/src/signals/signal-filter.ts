import { zonedToInstant } from '@zhengcai/web-kit';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export const SIGNAL_KINDS = ['ORDER_SPLITTING', 'SAME_ORIGIN', 'IDENTICAL_DOCUMENTS', 'PRICE_PATTERN', 'SHARED_PEOPLE', 'EXPERT_DEVIATION', 'BID_TIMING'] as const;
export const SIGNAL_STATES = ['OPEN', 'DISMISSED', 'REFERRED'] as const;
export type SignalKindName = (typeof SIGNAL_KINDS)[number];
export type SignalStateName = (typeof SIGNAL_STATES)[number];

/** The list filter as the address keeps it: `?kind=…&state=…&from=2026-07-01&to=2026-09-30` (dates inclusive, tenant time). */
export interface SignalFilter { kind?: SignalKindName; state?: SignalStateName; from?: string; to?: string }

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function signalFilterFromQuery(query: LocationQuery): SignalFilter {
  const one = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  const kind = one(query.kind)?.toUpperCase();
  const state = one(query.state)?.toUpperCase();
  const from = one(query.from);
  const to = one(query.to);
  return {
    ...(kind && (SIGNAL_KINDS as readonly string[]).includes(kind) ? { kind: kind as SignalKindName } : {}),
    ...(state && (SIGNAL_STATES as readonly string[]).includes(state) ? { state: state as SignalStateName } : {}),
    ...(from && DATE.test(from) ? { from } : {}),
    ...(to && DATE.test(to) ? { to } : {}),
  };
}

export function signalFilterToQuery(filter: SignalFilter): LocationQueryRaw {
  return { kind: filter.kind || undefined, state: filter.state || undefined, from: filter.from || undefined, to: filter.to || undefined };
}

/** The API's filter: the days as instants in the tenant's zone; `to` includes its whole day (the API's bound is exclusive). */
export function signalFilterInput(filter: SignalFilter, timeZone: string) {
  const nextDay = (d: string) => new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + 1)).toISOString().slice(0, 10);
  return {
    kind: filter.kind ?? null,
    state: filter.state ?? null,
    from: filter.from ? zonedToInstant(filter.from, timeZone) : null,
    to: filter.to ? zonedToInstant(nextDay(filter.to), timeZone) : null,
  };
}

/** Order splitting: how far the orders' sum is over the threshold, in yuan cents of the Money strings (exact). */
export function overThreshold(amount: string | null | undefined, threshold: string | null | undefined): string | null {
  if (!amount || !threshold) return null;
  const fen = (v: string) => {
    const [whole, cents = ''] = v.split('.');
    return BigInt(whole) * 100n + BigInt((cents + '00').slice(0, 2));
  };
  const diff = fen(amount) - fen(threshold);
  if (diff < 0n) return null;
  return `${diff / 100n}.${String(diff % 100n).padStart(2, '0')}`;
}
