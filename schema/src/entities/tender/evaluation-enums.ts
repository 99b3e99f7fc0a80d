/** Why an expert must not evaluate a supplier's bids (回避), as the expert or finance declared it. */
export enum ExpertRelationKind {
  /** Worked for or held an office in the supplier within the past 3 years. */
  FormerEmployer = 'former_employer',
  /** Related to a principal of the supplier (spouse, direct line, collateral within three generations, close in-laws). */
  RelativeOfPrincipal = 'relative_of_principal',
  /** Any other interest in the outcome. */
  OtherInterest = 'other_interest',
}

/** Why a candidate expert was left out of a panel draw. */
export enum PanelExclusionReason {
  /** Works for the buyer (a member of its organisation or its USCC as employer). */
  BuyerStaff = 'buyer_staff',
  /** Employed by a bidder of the lot (employer USCC match). */
  BidderEmployee = 'bidder_employee',
  /** Declared a relation to a bidder of the lot. */
  DeclaredRelation = 'declared_relation',
}

/** One candidate left out of a draw, kept with the draw for the regulator. */
export interface PanelExclusion {
  expertId: string;
  reason: PanelExclusionReason;
  /** The bidder the conflict is with (bidder_employee, declared_relation). */
  supplierId: string | null;
}
