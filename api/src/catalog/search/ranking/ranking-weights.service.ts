import { Injectable } from '@nestjs/common';
import { SearchRankingFormula, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { domainEvent } from '../../../platform/jobs/job-catalogue.js';
import { type RankingFormula, validateFormula } from './ranking-formula.js';
import { loadFormula } from './ranking-recompute.js';

/** A tenant operator's view and change of the ranking formula. */
@Injectable()
export class RankingWeightsService {
  constructor(private readonly db: TenantDb) {}

  get(ctx: TenantContext): Promise<RankingFormula> {
    return this.db.transaction(ctx, (em) => loadFormula(em, ctx.tenantId));
  }

  /** Saves a checked formula, audited; the `ranking` worker recomputes every rank after commit. */
  async update(ctx: TenantContext, input: RankingFormula): Promise<RankingFormula> {
    const formula = validateFormula(input);
    return this.db.transaction(ctx, async (em, tx) => {
      const before = await loadFormula(em, ctx.tenantId);
      const row = await em.findOne(SearchRankingFormula, { tenantId: ctx.tenantId });
      if (row) em.assign(row, { ...formula, updatedAt: new Date() });
      else em.create(SearchRankingFormula, { tenantId: ctx.tenantId, ...formula });
      tx.audit({ action: 'search.ranking.update', subjectType: 'tenant', subjectId: ctx.tenantId, change: { before, after: formula } });
      tx.publish(domainEvent('search.ranking-changed', {}));
      return formula;
    });
  }
}
