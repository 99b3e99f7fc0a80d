import { ApiError, basisPointsToPercentInput, normaliseMoneyInput, percentInputToBasisPoints } from '@zhengcai/web-kit';
import type { EvaluationMethod, ProcurementKind, ProcurementMethod, TenderCriterionKind, TenderProjectInput } from '../graphql/generated/graphql';

/**
 * The tender project form (采购项目) as text, and its conversion to `TenderProjectInput`:
 * money as yuan text → decimal strings on digits, the SME deduction as a percentage → basis
 * points, dates typed as "YYYY-MM-DD HH:mm" in the tenant's time zone → ISO instants.
 */
export interface CriterionForm { key: string; name: string; kind: TenderCriterionKind; weight: string }
export interface LotForm { title: string; scope: string; budget: string; deposit: string }
export interface ProjectForm {
  title: string;
  description: string;
  method: ProcurementMethod;
  kind: ProcurementKind;
  categoryCode: string;
  buyerId: string;
  budgetLineId: string;
  evaluationMethod: EvaluationMethod;
  criteria: CriterionForm[];
  smePercent: string;
  qualification: string;
  documentsFrom: string;
  documentsUntil: string;
  bidDeadline: string;
  lots: LotForm[];
}

/** Field path (as the API names it, e.g. `lots[0].deposit`) → message key. */
export type FormProblems = Record<string, string>;

export const emptyLot = (): LotForm => ({ title: '', scope: '', budget: '', deposit: '0' });

export function emptyProjectForm(): ProjectForm {
  return {
    title: '', description: '', method: 'PUBLIC_TENDER', kind: 'GOODS', categoryCode: '', buyerId: '', budgetLineId: '',
    evaluationMethod: 'COMPREHENSIVE_SCORING',
    criteria: [
      { key: 'price', name: '价格', kind: 'PRICE', weight: '30' },
      { key: 'technical', name: '技术', kind: 'TECHNICAL', weight: '50' },
      { key: 'commercial', name: '商务', kind: 'COMMERCIAL', weight: '20' },
    ],
    smePercent: '10', qualification: '', documentsFrom: '', documentsUntil: '', bidDeadline: '', lots: [emptyLot()],
  };
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** "2027-03-01 09:00" in Asia/Shanghai → "2027-03-01T01:00:00.000Z"; null when not a real date and time. */
export function localToIso(text: string, timeZone: string): string | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Twice, so that a wall time just after an offset change lands on the right side of it.
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The instant as the tenant's wall clock, "YYYY-MM-DD HH:mm" (what the date fields hold). */
export function isoToLocal(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  const wall = new Date(instant + offsetMinutes(instant, timeZone) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${wall.getUTCFullYear()}-${p(wall.getUTCMonth() + 1)}-${p(wall.getUTCDate())} ${p(wall.getUTCHours())}:${p(wall.getUTCMinutes())}`;
}

/** "500000.00" → "500000" for editing; the form keeps what the person types. */
const moneyText = (amount: string) => amount.replace(/\.00$/, '');

/** A project as the API returns it → the form (for editing a draft). */
export function projectToForm(p: {
  title: string; description: string; method: ProcurementMethod; kind: ProcurementKind; categoryCode: string; buyerId: string; budgetLineId: string;
  evaluationMethod: EvaluationMethod; criteria: readonly { key: string; name: string; kind: TenderCriterionKind; weight: number }[]; smeDeductionBp: number;
  qualification: string; documentsFrom?: string | null; documentsUntil?: string | null; bidDeadline?: string | null;
  lots: readonly { title: string; scope: string; budget: string; deposit: string }[];
}, timeZone: string): ProjectForm {
  const date = (iso?: string | null) => (iso ? isoToLocal(iso, timeZone) : '');
  return {
    title: p.title, description: p.description, method: p.method, kind: p.kind, categoryCode: p.categoryCode, buyerId: p.buyerId, budgetLineId: p.budgetLineId,
    evaluationMethod: p.evaluationMethod,
    criteria: p.criteria.map((c) => ({ key: c.key, name: c.name, kind: c.kind, weight: String(c.weight) })),
    smePercent: basisPointsToPercentInput(p.smeDeductionBp).replace(/\.00$/, ''),
    qualification: p.qualification, documentsFrom: date(p.documentsFrom), documentsUntil: date(p.documentsUntil), bidDeadline: date(p.bidDeadline),
    lots: p.lots.map((l) => ({ title: l.title, scope: l.scope, budget: moneyText(l.budget), deposit: moneyText(l.deposit) })),
  };
}

/** The sum of the weights that are whole numbers (shown live beside the criteria). */
export function weightSum(criteria: readonly CriterionForm[]): number {
  return criteria.reduce((sum, c) => sum + (/^\d{1,3}$/.test(c.weight.trim()) ? Number(c.weight.trim()) : 0), 0);
}

/** 2 % of a lot budget typed in yuan, as yuan with two decimals (the deposit cap); null while the budget is not money. */
export function depositCap(budget: string): string | null {
  const yuan = normaliseMoneyInput(budget);
  if (yuan === null) return null;
  const fen = BigInt(yuan.replace('.', ''));
  const cap = (fen * 200n) / 10_000n;
  return `${cap / 100n}.${String(cap % 100n).padStart(2, '0')}`;
}

/**
 * The form → `TenderProjectInput`, with the problems found before sending (formats only; the
 * API checks the rules, e.g. weights summing to 100, and names the field it refuses).
 * `agency`: an agency names the purchasing unit it acts for; a purchaser's unit is its own.
 */
export function formToInput(form: ProjectForm, timeZone: string, agency: boolean): { input: TenderProjectInput; problems: FormProblems } {
  const problems: FormProblems = {};
  const money = (field: string, text: string) => {
    const v = normaliseMoneyInput(text);
    if (v === null) problems[field] = 'notices.form.moneyFormat';
    return v ?? '0.00';
  };
  const date = (field: string, text: string) => {
    const v = localToIso(text, timeZone);
    if (v === null) problems[field] = 'notices.form.dateFormat';
    return v ?? '';
  };
  const scoring = form.evaluationMethod === 'COMPREHENSIVE_SCORING';
  const criteria = scoring
    ? form.criteria.map((c, i) => {
      const w = c.weight.trim();
      if (!/^\d{1,3}$/.test(w)) problems[`criteria[${i}].weight`] = 'notices.form.weightFormat';
      return { key: c.key.trim(), name: c.name.trim(), kind: c.kind, weight: /^\d{1,3}$/.test(w) ? Number(w) : 0 };
    })
    : [];
  const sme = percentInputToBasisPoints(form.smePercent);
  if (sme === null) problems.smeDeductionBp = 'notices.form.percentFormat';
  if (!form.budgetLineId.trim()) problems.budgetLineId = 'notices.form.required';
  if (!form.categoryCode) problems.categoryCode = 'notices.form.required';
  if (agency && !form.buyerId.trim()) problems.buyerId = 'notices.form.required';
  const input: TenderProjectInput = {
    title: form.title,
    description: form.description,
    method: form.method,
    kind: form.kind,
    categoryCode: form.categoryCode,
    budgetLineId: form.budgetLineId.trim(),
    ...(agency ? { buyerId: form.buyerId.trim() } : {}),
    evaluationMethod: form.evaluationMethod,
    criteria,
    smeDeductionBp: sme ?? 0,
    qualification: form.qualification,
    documentsFrom: date('documentsFrom', form.documentsFrom),
    documentsUntil: date('documentsUntil', form.documentsUntil),
    bidDeadline: date('bidDeadline', form.bidDeadline),
    lots: form.lots.map((l, i) => ({ title: l.title, scope: l.scope, budget: money(`lots[${i}].budget`, l.budget), deposit: money(`lots[${i}].deposit`, l.deposit) })),
  };
  return { input, problems };
}

export const PROCUREMENT_METHODS: readonly ProcurementMethod[] = ['PUBLIC_TENDER', 'INVITED_TENDER', 'COMPETITIVE_CONSULTATION', 'COMPETITIVE_NEGOTIATION', 'INQUIRY', 'SINGLE_SOURCE'];
export const PROCUREMENT_KINDS: readonly ProcurementKind[] = ['GOODS', 'SERVICES', 'WORKS'];
export const EVALUATION_METHODS: readonly EvaluationMethod[] = ['COMPREHENSIVE_SCORING', 'LOWEST_PRICE'];
export const CRITERION_KINDS: readonly TenderCriterionKind[] = ['PRICE', 'TECHNICAL', 'COMMERCIAL'];
/** The legal price weight by kind (the API's rule, shown as a hint). */
export const PRICE_WEIGHT: Readonly<Record<ProcurementKind, { min: number; max: number }>> = { GOODS: { min: 30, max: 60 }, SERVICES: { min: 10, max: 30 }, WORKS: { min: 30, max: 60 } };

/** A tender document's raw size limit (the API's 512 KiB). */
export const DOCUMENT_MAX_BYTES = 512 * 1024;

/** The earliest lawful instant a publication refusal names (`extensions.earliest`), else null. */
export function earliestLawful(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  for (const e of error.errors) {
    const ext = e.extensions ?? {};
    if ((ext.reason === 'TENDER_DEADLINE_TOO_SHORT' || ext.reason === 'TENDER_DOCUMENTS_PERIOD_TOO_SHORT') && typeof ext.earliest === 'string') return ext.earliest;
  }
  return null;
}
