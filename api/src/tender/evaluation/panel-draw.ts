import { createHash, randomBytes } from 'node:crypto';
import { type PanelExclusion, PanelExclusionReason } from '@zhengcai/schema';

/** 1000万元: from this project budget a panel has at least 7 members. */
export const LARGE_PROJECT_BUDGET_FEN = 1_000_000_000n;
export const MAX_PANEL_SIZE = 25;

/** The smallest panel the law allows for a project of this budget. */
export function minPanelSize(projectBudgetFen: bigint): number {
  return projectBudgetFen >= LARGE_PROJECT_BUDGET_FEN ? 7 : 5;
}

/**
 * An expert for `A0201` covers `A02010104`: category codes are hierarchical (two digits a
 * level), and an expert registered for a level evaluates everything beneath it.
 */
export function coversCategory(expertCodes: readonly string[], projectCategory: string): boolean {
  return expertCodes.some((code) => code.length > 0 && projectCategory.startsWith(code));
}

export interface PoolExpert {
  userId: string;
  organisationId: string;
  employerUscc: string | null;
  categoryCodes: readonly string[];
}

export interface DrawConflicts {
  buyerOrganisationId: string;
  buyerUscc: string | null;
  /** Bidders of the lot: organisation id → USCC. */
  bidders: ReadonlyMap<string, string | null>;
  /** Declared relations: expert user id → supplier organisation ids. */
  relations: ReadonlyMap<string, readonly string[]>;
}

/** The first conflict that keeps an expert off the panel, or null when there is none. */
export function conflictOf(expert: PoolExpert, c: DrawConflicts): PanelExclusion | null {
  const exclusion = (reason: PanelExclusionReason, supplierId: string | null = null): PanelExclusion => ({ expertId: expert.userId, reason, supplierId });
  if (expert.organisationId === c.buyerOrganisationId || (c.buyerUscc && expert.employerUscc === c.buyerUscc)) return exclusion(PanelExclusionReason.BuyerStaff);
  if (expert.employerUscc) {
    for (const [supplierId, uscc] of c.bidders) if (uscc && uscc === expert.employerUscc) return exclusion(PanelExclusionReason.BidderEmployee, supplierId);
  }
  for (const supplierId of c.relations.get(expert.userId) ?? []) if (c.bidders.has(supplierId)) return exclusion(PanelExclusionReason.DeclaredRelation, supplierId);
  return null;
}

/** Splits the experts of the category into sorted candidates and exclusions (sorted by expert). */
export function eligibleExperts(pool: readonly PoolExpert[], category: string, c: DrawConflicts): { candidateIds: string[]; excluded: PanelExclusion[] } {
  const candidateIds: string[] = [];
  const excluded: PanelExclusion[] = [];
  for (const expert of [...pool].sort((a, b) => compare(a.userId, b.userId))) {
    if (!coversCategory(expert.categoryCodes, category)) continue;
    const conflict = conflictOf(expert, c);
    if (conflict) excluded.push(conflict);
    else candidateIds.push(expert.userId);
  }
  return { candidateIds, excluded };
}

export function newDrawSeed(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The panel drawn from sorted candidates with a seed: a Fisher–Yates pick whose i-th choice
 * is SM3(seed ‖ i) modulo the candidates left (256-bit values: the modulo bias is nil for
 * any pool). Deterministic, so the regulator can recompute any draw from its record.
 */
export function pickPanel(seed: string, sortedCandidateIds: readonly string[], size: number): string[] {
  const left = [...sortedCandidateIds];
  const drawn: string[] = [];
  for (let i = 0; i < size && left.length > 0; i++) {
    const digest = createHash('sm3').update(`${seed}:${i}`).digest('hex');
    const index = Number(BigInt(`0x${digest}`) % BigInt(left.length));
    drawn.push(left.splice(index, 1)[0]);
  }
  return drawn;
}

/** Code-point order, the same in every locale and runtime. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
