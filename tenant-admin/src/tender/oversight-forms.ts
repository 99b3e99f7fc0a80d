import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CreateUserInput, DecideTenderComplaintInput, ProcurementMethod, TenderComplaintRemedy, TenderProjectState } from '../graphql/generated/graphql';

export const PROJECT_STATES = ['DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'] as TenderProjectState[];
export const METHODS = ['PUBLIC_TENDER', 'INVITED_TENDER', 'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'INQUIRY', 'SINGLE_SOURCE'] as ProcurementMethod[];

function one(value: LocationQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Project list filters as kept in the address: `?state=PUBLISHED&method=INQUIRY`; unknown values are dropped. */
export interface ProjectFilters { state?: TenderProjectState; method?: ProcurementMethod }

export function projectFiltersFromQuery(query: LocationQuery): ProjectFilters {
  const state = one(query.state) as TenderProjectState | undefined;
  const method = one(query.method) as ProcurementMethod | undefined;
  return { ...(state && PROJECT_STATES.includes(state) ? { state } : {}), ...(method && METHODS.includes(method) ? { method } : {}) };
}

export function projectFiltersToQuery(f: ProjectFilters): LocationQueryRaw {
  return { ...(f.state ? { state: f.state } : {}), ...(f.method ? { method: f.method } : {}) };
}

/** "12.50" → 1250: scores are decimal strings with at most two decimals. */
function hundredths(text: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not a score: ${text}`);
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

const fromHundredths = (n: number, sign = false) => `${n < 0 ? '-' : sign && n > 0 ? '+' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;

/**
 * A flagged score against the panel: the signed difference from the mean in points, and its
 * size as a share of the criterion's maximum (the figure the tenant's threshold is about),
 * as a percentage with one decimal, half-up. Integer arithmetic on hundredths.
 */
export function deviationFigures(score: string, mean: string, maximum: string): { difference: string; shareOfMaximum: string } {
  const diff = hundredths(score) - hundredths(mean);
  const max = hundredths(maximum);
  // |diff| / max in tenths of a percent, half-up: (|diff| × 1000 × 2 + max) ÷ (2 × max).
  const tenths = max > 0 ? Math.floor((Math.abs(diff) * 2000 + max) / (2 * max)) : 0;
  return { difference: fromHundredths(diff, true), shareOfMaximum: `${Math.floor(tenths / 10)}.${tenths % 10}%` };
}

/** The complaint decision form. */
export interface DecisionForm { upheld: boolean | null; failLot: boolean; reason: string }

/** The decision as the API takes it, or the field to fix first. Only an upheld complaint may fail the lot. */
export function decisionInput(id: string, form: DecisionForm): { input: DecideTenderComplaintInput } | { invalid: 'upheld' | 'reason' } {
  if (form.upheld === null) return { invalid: 'upheld' };
  const reason = form.reason.trim();
  if ([...reason].length < 2) return { invalid: 'reason' };
  const remedy = (form.upheld && form.failLot ? 'FAIL_LOT' : 'NONE') as TenderComplaintRemedy;
  return { input: { id, upheld: form.upheld, reason, remedy } };
}

const CATEGORY_CODE = /^[ABC](\d{2}){1,5}$/;

/** 品目 codes typed with commas, spaces or 、 between them; upper-cased, duplicates dropped. */
export function parseCategoryCodes(text: string): { codes: string[] } | { bad: string } | { empty: true } {
  const codes = [...new Set(text.split(/[\s,，、;；]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))];
  if (codes.length === 0) return { empty: true };
  const bad = codes.find((c) => !CATEGORY_CODE.test(c));
  return bad ? { bad } : { codes };
}

/** The add-an-expert form. */
export interface ExpertForm {
  organisationId: string; loginName: string; displayName: string; password: string; title: string; employerName: string; employerUscc: string; categoryCodes: string;
}

export const emptyExpertForm = (organisationId = ''): ExpertForm => ({
  organisationId, loginName: '', displayName: '', password: '', title: '', employerName: '', employerUscc: '', categoryCodes: '',
});

export type ExpertFormField = keyof ExpertForm;

/** `createUser` with the EXPERT role and its profile, or the first field to fix (the API checks formats again). */
export function expertInput(form: ExpertForm): { input: CreateUserInput } | { invalid: ExpertFormField; bad?: string } {
  const required: ExpertFormField[] = ['organisationId', 'loginName', 'displayName', 'password', 'title', 'employerName'];
  const missing = required.find((f) => !form[f].trim());
  if (missing) return { invalid: missing };
  const codes = parseCategoryCodes(form.categoryCodes);
  if ('empty' in codes) return { invalid: 'categoryCodes' };
  if ('bad' in codes) return { invalid: 'categoryCodes', bad: codes.bad };
  const uscc = form.employerUscc.trim().toUpperCase();
  return {
    input: {
      organisationId: form.organisationId,
      loginName: form.loginName.trim(),
      displayName: form.displayName.trim(),
      // The password is sent exactly as typed.
      password: form.password,
      roles: ['EXPERT'] as CreateUserInput['roles'],
      expertProfile: { title: form.title.trim(), employerName: form.employerName.trim(), employerUscc: uscc || null, categoryCodes: codes.codes },
    },
  };
}
