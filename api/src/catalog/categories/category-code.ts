/**
 * Category codes: a letter (A goods, B works, C services), then two digits a level:
 * A → A02 → A0201 → A020101 → A02010104.
 */
export const CATEGORY_CODE = /^[ABC](\d{2}){0,6}$/;

/** The parent's code, or null for a root. */
export function parentCodeOf(code: string): string | null {
  return code.length === 1 ? null : code.slice(0, code.length - 2);
}

/** 1 for a root letter, one more per two digits. */
export function levelOf(code: string): number {
  return 1 + (code.length - 1) / 2;
}

/** The codes from the root down to this one: A02010104 → [A, A02, A0201, A020101, A02010104]. */
export function pathCodesOf(code: string): string[] {
  const path: string[] = [];
  for (let c: string | null = code; c; c = parentCodeOf(c)) path.unshift(c);
  return path;
}
