import {
  basisPointsToPercentInput,
  CATEGORY_LEVELS,
  SPLITTING_PERIODS,
  normaliseMoneyInput,
  percentInputToBasisPoints,
  RULE_LAYOUT,
  type RuleKind,
  type SettingsLike,
} from '@zhengcai/web-kit';
import type { UpdateTenantSettingsInput } from '../graphql/generated/graphql';

type Group = keyof typeof RULE_LAYOUT;

/** The form holds text as typed, nested like the API input so field paths match its errors. */
export type SettingsForm = { name: string } & { [G in Group]: Record<string, string> };

export interface FieldDef { group: Group; field: string; kind: RuleKind; path: string }

/** Every editable rule, in display order (the read-only layout's order). */
export const FIELDS: FieldDef[] = (Object.entries(RULE_LAYOUT) as [Group, Record<string, RuleKind>][]).flatMap(([group, fields]) =>
  Object.entries(fields).map(([field, kind]) => ({ group, field, kind, path: `${group}.${field}` })),
);
export const GROUPS = Object.keys(RULE_LAYOUT) as Group[];

const INTEGER = /^\d{1,6}$/;
export const PRICE_SOURCES = ['IMPORTED', 'PEER', 'HISTORY', 'TRANSACTIONS'] as const;

function toText(kind: RuleKind, value: unknown): string {
  if (kind === 'money') return String(value);
  if (kind === 'bp') return basisPointsToPercentInput(value as number);
  if (kind === 'sources') return (value as string[]).join(',');
  return String(value);
}

/** The API value of a typed text, or null when it cannot be one. */
export function parseValue(kind: RuleKind, text: string): string | number | null {
  if (kind === 'money') return normaliseMoneyInput(text);
  if (kind === 'bp') return percentInputToBasisPoints(text);
  if (kind === 'text') return text.trim();
  if (kind === 'band') return ['A', 'B', 'C', 'D'].includes(text) ? text : null;
  if (kind === 'period') return (SPLITTING_PERIODS as readonly string[]).includes(text) ? text : null;
  if (kind === 'level') return (CATEGORY_LEVELS as readonly number[]).includes(Number(text)) && INTEGER.test(text) ? Number(text) : null;
  if (kind === 'sources') {
    // Held as comma-separated text; compared in a fixed order so a reordering is no change.
    const chosen = text.split(',').map((s) => s.trim()).filter(Boolean);
    if (chosen.length === 0 || chosen.some((s) => !(PRICE_SOURCES as readonly string[]).includes(s))) return null;
    return PRICE_SOURCES.filter((s) => chosen.includes(s)).join(',');
  }
  return INTEGER.test(text.trim()) ? Number(text.trim()) : null;
}

export function toForm(detail: { name: string; settings: Required<SettingsLike> }): SettingsForm {
  const form = { name: detail.name } as SettingsForm;
  for (const group of GROUPS) form[group] = {};
  for (const f of FIELDS) form[f.group][f.field] = toText(f.kind, (detail.settings[f.group] as Record<string, unknown>)[f.field]);
  return form;
}

/**
 * Only what changed, in API units: money as a yuan string, rates as basis points. An unchanged
 * field is left out (the API keeps it), so the audit shows exactly what the operator changed.
 * Returns null when a field cannot be parsed (the form's validation says which).
 */
export function changesOf(form: SettingsForm, original: SettingsForm): UpdateTenantSettingsInput | null {
  const input: Record<string, unknown> = {};
  if (form.name.trim() !== original.name) input.name = form.name.trim();
  for (const f of FIELDS) {
    const value = parseValue(f.kind, form[f.group][f.field]);
    if (value === null) return null;
    if (value === parseValue(f.kind, original[f.group][f.field])) continue;
    const group = (input[f.group] ??= {}) as Record<string, unknown>;
    group[f.field] = f.kind === 'sources' ? String(value).split(',') : value;
  }
  return input as UpdateTenantSettingsInput;
}
