import { Injectable } from '@nestjs/common';
import { ExpertProfile, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { toOrganisationView, type OrganisationView } from '../organisations/organisation-view.js';
import { toUserView, type UserView } from './user-view.js';

export interface ExpertProfileView {
  readonly title: string;
  readonly employerName: string;
  readonly employerUscc: string | null;
  readonly categoryCodes: readonly string[];
}

export interface MeView extends UserView {
  readonly organisation: OrganisationView;
  readonly expertProfile: ExpertProfileView | null;
}

/** The logged-in user, their organisation and (for experts) their profile. */
@Injectable()
export class MeService {
  constructor(private readonly db: TenantDb) {}

  me(ctx: TenantContext): Promise<MeView> {
    const userId = ctx.userId;
    if (!userId) return Promise.reject(new AppError('AUTHENTICATION_REQUIRED'));
    return this.db.transaction(ctx, async (em) => {
      const user = await em.findOne(UserAccount, { id: userId }, { populate: ['organisation'] });
      if (!user) throw new AppError('SESSION_INVALID');
      const profile = await em.findOne(ExpertProfile, { user: userId });
      return {
        ...toUserView(user),
        organisation: toOrganisationView(user.organisation),
        expertProfile: profile
          ? { title: profile.title, employerName: profile.employerName, employerUscc: profile.employerUscc ?? null, categoryCodes: profile.categoryCodes }
          : null,
      };
    });
  }
}
