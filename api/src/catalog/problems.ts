import { AppError } from '../platform/errors/app-error.js';
import type { Reason } from '../platform/errors/messages.js';

/** One thing wrong with an input, at a field path (`policyTags[0].validUntil`). */
export interface Problem {
  readonly field: string;
  readonly reason: Reason;
  readonly params: Record<string, string | number>;
}

/**
 * Refusal of an input with every problem found: GraphQL reports the first (with its field),
 * the bulk upload reports them all for the row.
 */
export class InputProblems extends AppError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems[0].reason, { ...problems[0].params, field: problems[0].field });
  }
}

/** Collects problems while an input is checked; `throwIfAny` refuses with all of them. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(field: string, reason: Reason, params: Record<string, string | number> = {}): void {
    this.items.push({ field, reason, params });
  }

  has(field: string): boolean {
    return this.items.some((p) => p.field === field);
  }

  throwIfAny(): void {
    if (this.items.length) throw new InputProblems(this.items);
  }
}

// Tab, line feed and carriage return are ordinary text; other C0 controls and DEL are not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Checks one text field: trimmed length in characters (not UTF-16 units) and no control
 * characters. Markup such as `<script>` is ordinary text here: it is stored as given and
 * every client renders it escaped.
 */
export function checkText(problems: ProblemList, field: string, value: string | null | undefined, min: number, max: number): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < min || length > max) problems.add(field, 'TEXT_LENGTH', { min, max, actual: length });
  else if (CONTROL.test(text)) problems.add(field, 'TEXT_CONTROL_CHARACTERS');
  return text;
}

/** A reason an operator or supplier gives for a decision: 2–500 characters. */
export function requireReason(value: string | null | undefined, field = 'reason'): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < 2 || length > 500 || CONTROL.test(text)) throw new AppError('REASON_REQUIRED', { max: 500, field });
  return text;
}
