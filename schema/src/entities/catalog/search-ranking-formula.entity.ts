import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';
import type { PolicyTag } from './catalog-enums.js';

/**
 * A tenant's ranking formula: weights in basis points of the stored rank's components. No row
 * means the national default (api/src/catalog/search/ranking/ranking-formula.ts).
 */
@Entity({ tableName: 'search_ranking_formula' })
@Unique({ name: 'search_ranking_formula_tenant_unique', properties: ['tenantId'] })
export class SearchRankingFormula extends TenantOwnedWithId {
  @Property({ type: 'integer' })
  policyWeightBp!: number;

  @Property({ type: 'integer' })
  integrityWeightBp!: number;

  @Property({ type: 'integer' })
  priceWeightBp!: number;

  @Property({ type: 'integer' })
  salesWeightBp!: number;

  /** Tags that count as policy goods for the policy component. */
  @Property({ type: 'text[]' })
  policyTags!: PolicyTag[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
