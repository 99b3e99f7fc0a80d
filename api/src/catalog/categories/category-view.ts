import type { Category } from '@zhengcai/schema';
import { parentCodeOf } from './category-code.js';

/** A category as the API shows it. */
export interface CategoryView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level: number;
  readonly parentCode: string | null;
  readonly energySavingMandatory: boolean;
}

export function toCategoryView(c: Category): CategoryView {
  return { id: c.id, code: c.code, name: c.name, level: c.level, parentCode: parentCodeOf(c.code), energySavingMandatory: c.energySavingMandatory };
}
