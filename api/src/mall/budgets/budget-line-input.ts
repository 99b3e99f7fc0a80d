import type { Fen } from '@zhengcai/schema';
import { checkText, ProblemList } from '../../catalog/problems.js';

export interface BudgetLineInput {
  unitId: string;
  fiscalYear: number;
  code: string;
  name: string;
  amount: Fen;
}

// 预算项目编码: letters, digits and - _ . as budget systems print them.
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const MAX_BUDGET_FEN = 10n ** 14n;

/** Checks a budget line's fields; every problem at once, named by field. */
export function checkBudgetLineInput(problems: ProblemList, input: Omit<BudgetLineInput, 'unitId'>, prefix = ''): { code: string; name: string } {
  const code = (input.code ?? '').trim();
  if (!CODE.test(code)) problems.add(`${prefix}code`, 'BUDGET_CODE_FORMAT', { value: code.slice(0, 40) });
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 2000 || input.fiscalYear > 2100) problems.add(`${prefix}fiscalYear`, 'FISCAL_YEAR_INVALID', { value: String(input.fiscalYear) });
  const name = checkText(problems, `${prefix}name`, input.name, 2, 128);
  checkAmount(problems, `${prefix}amount`, input.amount);
  return { code, name };
}

export function checkAmount(problems: ProblemList, field: string, amount: Fen): void {
  if (amount < 0n || amount > MAX_BUDGET_FEN) problems.add(field, 'BUDGET_AMOUNT_RANGE', { max: '1000000000000.00' });
}
