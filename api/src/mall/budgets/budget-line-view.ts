import type { BudgetLine } from '@zhengcai/schema';
import { availableFen } from './budget-ledger.js';

/** A budget line as the API shows it. */
export interface BudgetLineView {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  code: string;
  name: string;
  amountFen: bigint;
  usedFen: bigint;
  frozenFen: bigint;
  availableFen: bigint;
  updatedAt: Date;
}

export function toBudgetLineView(l: BudgetLine): BudgetLineView {
  return {
    id: l.id, unitId: l.unit.id, unitName: l.unit.name, fiscalYear: l.fiscalYear, code: l.code, name: l.name,
    amountFen: l.amountFen, usedFen: l.usedFen, frozenFen: l.frozenFen, availableFen: availableFen(l), updatedAt: l.updatedAt,
  };
}
