import { Injectable } from '@nestjs/common';
import {
  ExpertProfile, ExpertRelation, type ExpertRelationKind, isUuid, Organisation, OrganisationKind, Role, type TenantContext, UserAccount,
} from '@zhengcai/schema';
import { requireReason } from '../../catalog/problems.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { requireUser } from './evaluation-access.js';

export interface DeclareRelationInput {
  /** Finance names the expert; an expert declares for themselves. */
  expertId?: string | null;
  supplierId: string;
  kind: ExpertRelationKind;
  note: string;
}

/**
 * Experts' relations to suppliers (回避): the expert declares them, finance records those it
 * learns of. A draw leaves an expert out of every lot the related supplier bid on.
 */
@Injectable()
export class ExpertRelationService {
  constructor(private readonly db: TenantDb) {}

  declare(ctx: TenantContext, input: DeclareRelationInput): Promise<ExpertRelation> {
    const userId = requireUser(ctx);
    const note = requireReason(input.note, 'input.note');
    const expertId = ctx.roles.includes(Role.Expert) && !ctx.roles.includes(Role.Finance) ? userId : input.expertId ?? '';
    return this.db.transaction(ctx, async (em, tx) => {
      const profile = isUuid(expertId) ? await em.findOne(ExpertProfile, { user: expertId }) : null;
      if (!profile) throw new AppError('EXPERT_NOT_FOUND', { field: 'input.expertId' });
      const supplier = isUuid(input.supplierId) ? await em.findOne(Organisation, { id: input.supplierId, kind: OrganisationKind.Supplier }) : null;
      if (!supplier) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'input.supplierId' });
      let relation = await em.findOne(ExpertRelation, { expert: expertId, supplier: supplier.id, kind: input.kind }, { populate: ['supplier'] });
      if (relation) relation.note = note;
      else {
        relation = em.create(ExpertRelation, { tenantId: ctx.tenantId, expert: em.getReference(UserAccount, expertId), supplier, kind: input.kind, note, recordedBy: userId });
      }
      await em.flush();
      tx.audit({ action: 'tender.expert-relation.declare', subjectType: 'expert_relation', subjectId: relation.id, change: { expertId, supplierId: supplier.id, kind: input.kind, note } });
      return relation;
    });
  }

  /** An expert's own relations; finance sees any expert's (or all, without an expert). */
  list(ctx: TenantContext, expertId?: string | null): Promise<ExpertRelation[]> {
    const userId = requireUser(ctx);
    const finance = ctx.roles.includes(Role.Finance);
    const who = finance ? expertId ?? null : userId;
    return this.db.transaction(ctx, async (em) => {
      if (who !== null && !isUuid(who)) return [];
      return em.find(ExpertRelation, who ? { expert: who } : {}, { populate: ['supplier'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 });
    });
  }
}
