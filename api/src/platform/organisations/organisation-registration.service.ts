import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { KINDS_REQUIRING_USCC, Organisation, type OrganisationKind, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { toOrganisationView, type OrganisationView } from './organisation-view.js';
import { requireValidUscc } from './uscc-input.js';

export interface RegisterOrganisationInput {
  kind: OrganisationKind;
  name: string;
  uscc?: string | null;
}

const NAME_MAX = 128;

/**
 * Registers an organisation in the acting tenant. A USCC is unique within a tenant only: the
 * same supplier registers separately in each province, and each registration's data stays there.
 */
@Injectable()
export class OrganisationRegistrationService {
  constructor(private readonly db: TenantDb) {}

  register(ctx: TenantContext, input: RegisterOrganisationInput): Promise<OrganisationView> {
    const name = input.name.trim();
    if ([...name].length < 2 || [...name].length > NAME_MAX) throw new AppError('NAME_LENGTH', { max: NAME_MAX });
    const given = input.uscc?.trim();
    if (!given && KINDS_REQUIRING_USCC.has(input.kind)) throw new AppError('USCC_REQUIRED');
    const uscc = given ? requireValidUscc(given) : null;
    return this.db.transaction(ctx, async (em, tx) => {
      if (uscc && (await em.count(Organisation, { uscc })) > 0) throw new AppError('USCC_TAKEN', { uscc });
      const org = em.create(Organisation, { tenantId: ctx.tenantId, kind: input.kind, name, uscc });
      try {
        await em.flush();
      } catch (err) {
        // A concurrent registration of the same code won the race.
        if (err instanceof UniqueConstraintViolationException && uscc) throw new AppError('USCC_TAKEN', { uscc });
        throw err;
      }
      tx.audit({ action: 'organisation.register', subjectType: 'organisation', subjectId: org.id, change: { kind: org.kind, name, uscc } });
      return toOrganisationView(org);
    });
  }
}
