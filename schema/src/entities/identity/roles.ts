/** The kinds of organisation a province's platform knows. */
export enum OrganisationKind {
  /** 采购单位: a budget unit that buys. */
  PurchasingUnit = 'purchasing_unit',
  /** 供应商 */
  Supplier = 'supplier',
  /** 代理机构: runs tenders for purchasing units. */
  Agency = 'agency',
  /** 财政部门: the regulator; also keeps the evaluation expert pool. */
  FinanceDepartment = 'finance_department',
  /** The province's platform operator (运营方). */
  Operator = 'operator',
}

/** What a tenant user may do. A user holds one or more, all allowed for their organisation's kind. */
export enum Role {
  /** Buys for a purchasing unit: orders, inquiries, tender projects. */
  Purchaser = 'purchaser',
  /** Administers a purchasing unit: its budgets and approvals. */
  UnitAdmin = 'unit_admin',
  /** Acts for a supplier: listings, quotes, bids. */
  Supplier = 'supplier',
  /** Acts for a procurement agency: tender documents, openings, evaluation logistics. */
  Agency = 'agency',
  /** The finance department as regulator: oversight, complaints, reports. */
  Finance = 'finance',
  /** Runs the province's platform: organisations, users, catalogue approval. */
  TenantOperator = 'tenant_operator',
  /** An evaluation expert (评审专家) in the finance department's pool. */
  Expert = 'expert',
}

/** Which roles a user of each kind of organisation may hold. */
export const ROLES_BY_KIND: Readonly<Record<OrganisationKind, readonly Role[]>> = {
  [OrganisationKind.PurchasingUnit]: [Role.Purchaser, Role.UnitAdmin],
  [OrganisationKind.Supplier]: [Role.Supplier],
  [OrganisationKind.Agency]: [Role.Agency],
  [OrganisationKind.FinanceDepartment]: [Role.Finance, Role.Expert],
  [OrganisationKind.Operator]: [Role.TenantOperator],
};

/** Kinds that must carry a 统一社会信用代码. */
export const KINDS_REQUIRING_USCC: ReadonlySet<OrganisationKind> = new Set([OrganisationKind.PurchasingUnit, OrganisationKind.Supplier]);
