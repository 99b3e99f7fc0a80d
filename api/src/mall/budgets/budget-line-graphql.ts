import type { BudgetLineType } from './budget-line.types.js';
import type { BudgetLineView } from './budget-line-view.js';

export const toBudgetLineType = (v: BudgetLineView): BudgetLineType => ({
  id: v.id, unitId: v.unitId, unitName: v.unitName, fiscalYear: v.fiscalYear, code: v.code, name: v.name,
  amount: v.amountFen, used: v.usedFen, frozen: v.frozenFen, available: v.availableFen, updatedAt: v.updatedAt,
});
