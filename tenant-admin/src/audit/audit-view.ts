import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** Subject types the API audits, for the filter select (others can still be typed in a deep link). */
export const SUBJECT_TYPES = [
  'order', 'payment', 'budget_line', 'payment_settings', 'listing', 'listing_upload', 'category', 'standard_product',
  'organisation', 'user', 'tenant', 'calendar_day', 'deposit', 'guarantee', 'tender_project', 'tender_lot', 'tender_bid',
  'tender_challenge', 'tender_complaint', 'tender_contract', 'tender_deadline_flag', 'expert_relation', 'score_deviation',
  'signing_key', 'inspection_run', 'price_finding', 'price_reference_import',
] as const;

/** The filter as it lives in the address; times are wall-clock text in the province's zone. */
export interface AuditViewFilter {
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
  actorOrganisationId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const KEYS = ['subjectType', 'subjectId', 'actorUserId', 'actorOrganisationId', 'action', 'from', 'to'] as const;
const LIMIT: Record<(typeof KEYS)[number], number> = { subjectType: 64, subjectId: 128, actorUserId: 36, actorOrganisationId: 36, action: 128, from: 19, to: 19 };

/** `/audit?subjectType=order&subjectId=…`: each known key once, trimmed, within its length; the rest is dropped. */
export function auditFilterFromQuery(query: LocationQuery): AuditViewFilter {
  const filter: AuditViewFilter = {};
  for (const key of KEYS) {
    const raw = query[key];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value && value.length <= LIMIT[key]) filter[key] = value;
  }
  return filter;
}

export function auditFilterToQuery(filter: AuditViewFilter): LocationQueryRaw {
  return Object.fromEntries(KEYS.map((k) => [k, filter[k] || undefined]));
}

/** The API's filter: wall-clock times become instants; an unreadable time is left out and reported. */
export function auditFilterToInput(filter: AuditViewFilter, toInstant: (text: string) => string | null): { input: Record<string, string>; badTime: boolean } {
  const input: Record<string, string> = {};
  let badTime = false;
  for (const key of KEYS) {
    const value = filter[key];
    if (!value) continue;
    if (key === 'from' || key === 'to') {
      const instant = toInstant(value);
      if (instant) input[key] = instant;
      else badTime = true;
    } else input[key] = value;
  }
  return { input, badTime };
}

/**
 * Re-indents JSON text without parsing it, so amounts in fen beyond 2^53 keep every digit.
 * Strings are copied as they are, escapes included.
 */
export function prettyJson(text: string, indent = 2): string {
  let out = '';
  let depth = 0;
  let inString = false;
  const pad = () => `\n${' '.repeat(depth * indent)}`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      if (text[i + 1] === close) {
        out += c + close;
        i++;
      } else {
        depth++;
        out += c + pad();
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += pad() + c;
    } else if (c === ',') out += c + pad();
    else if (c === ':') out += ': ';
    else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** One line of the change for the table: at most `max` characters. */
export function changePreview(change: string | null, max = 80): string {
  if (change === null) return '';
  return change.length <= max ? change : `${change.slice(0, max - 1)}…`;
}
