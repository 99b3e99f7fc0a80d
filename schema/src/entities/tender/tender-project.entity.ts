import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { BudgetLine } from '../mall/budget-line.entity.js';
import { EvaluationMethod, ProcurementKind, ProcurementMethod, type TenderCriterion, TenderProjectState } from './tender-enums.js';

/** 采购项目: a purchase above the mall's limits, procured by one method in one or more lots. */
@Entity({ tableName: 'tender_project' })
@Unique({ name: 'tender_project_tenant_no_unique', properties: ['tenantId', 'projectNo'] })
@Index({ name: 'tender_project_tenant_buyer_index', properties: ['tenantId', 'buyer', 'createdAt', 'id'] })
@Index({ name: 'tender_project_tenant_state_index', properties: ['tenantId', 'state', 'bidDeadline'] })
export class TenderProject extends TenantOwnedWithId {
  /** Readable per tenant: `ZC2026-000001`. */
  @Property({ type: 'string', length: 32 })
  projectNo!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ProcurementMethod, nativeEnumName: 'procurement_method' })
  method!: ProcurementMethod;

  @Enum({ items: () => ProcurementKind, nativeEnumName: 'procurement_kind' })
  kind!: ProcurementKind;

  /** 政府采购品目 code, e.g. A02010104; experts are drawn by it. */
  @Property({ type: 'string', length: 16 })
  categoryCode!: string;

  /** The purchasing unit (采购人). */
  @ManyToOne({ entity: () => Organisation, index: false })
  buyer!: Organisation;

  /** The agency running it for the buyer, when one does. */
  @ManyToOne({ entity: () => Organisation, index: false, nullable: true })
  agency?: Organisation | null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  /** The budget the project's total budget is frozen against at publication. */
  @ManyToOne({ entity: () => BudgetLine, index: false })
  budgetLine!: BudgetLine;

  /** The sum of the lots' budgets (最高限价 total). */
  @Property({ type: new BigIntType('bigint') })
  budgetFen!: bigint;

  @Enum({ items: () => EvaluationMethod, nativeEnumName: 'evaluation_method' })
  evaluationMethod!: EvaluationMethod;

  /** 综合评分法 criteria (weights sum to 100, one price criterion); empty for 最低评标价法. */
  @Property({ type: 'jsonb' })
  criteria!: TenderCriterion[];

  /** SME price deduction in basis points (1000–2000 = 10–20 %), fixed in the documents. */
  @Property({ type: 'integer' })
  smeDeductionBp!: number;

  /** 资格要求, as published. */
  @Property({ type: 'text' })
  qualification!: string;

  @Enum({ items: () => TenderProjectState, nativeEnumName: 'tender_project_state' })
  state: Opt<TenderProjectState> = TenderProjectState.Draft;

  /** When tender documents become downloadable (the 发售期 starts). */
  @Property({ type: 'timestamptz', nullable: true })
  documentsFrom?: Date | null;

  /** The end of the 发售期 (at least 5 working days after documentsFrom). */
  @Property({ type: 'timestamptz', nullable: true })
  documentsUntil?: Date | null;

  /** 投标截止 = 开标 time; moves when a late amendment forces it. */
  @Property({ type: 'timestamptz', nullable: true })
  bidDeadline?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
