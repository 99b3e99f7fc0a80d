import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ExpertProfile, isUuid, Organisation, Role, ROLES_BY_KIND, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { requireValidUscc } from '../organisations/uscc-input.js';
import { assertLoginNameFormat, normaliseLoginName } from './login-name.js';
import { assertPasswordPolicy, PasswordHasher } from './password-hasher.js';
import { toUserView, type UserView } from './user-view.js';

export interface ExpertProfileInput {
  title: string;
  employerName: string;
  employerUscc?: string | null;
  categoryCodes: string[];
}

export interface CreateUserInput {
  organisationId: string;
  loginName: string;
  displayName: string;
  password: string;
  roles: Role[];
  expertProfile?: ExpertProfileInput | null;
}

/** 政府采购品目 code: A/B/C then two digits a level. */
const CATEGORY_CODE = /^[ABC](\d{2}){1,5}$/;

function checkedProfile(input: ExpertProfileInput): ExpertProfileInput {
  const title = input.title.trim();
  const employerName = input.employerName.trim();
  if (!title || !employerName || input.categoryCodes.length === 0) throw new AppError('EXPERT_PROFILE_REQUIRED');
  const bad = input.categoryCodes.find((c) => !CATEGORY_CODE.test(c));
  if (bad !== undefined) throw new AppError('CATEGORY_CODE_FORMAT', { code: bad });
  const employerUscc = input.employerUscc?.trim() ? requireValidUscc(input.employerUscc) : null;
  return { title, employerName, employerUscc, categoryCodes: [...new Set(input.categoryCodes)] };
}

/** Creates a user in one of the tenant's organisations, with roles that fit its kind. */
@Injectable()
export class UserRegistrationService {
  constructor(
    private readonly db: TenantDb,
    private readonly hasher: PasswordHasher,
  ) {}

  async createUser(ctx: TenantContext, input: CreateUserInput): Promise<UserView> {
    const loginName = normaliseLoginName(input.loginName);
    assertLoginNameFormat(loginName);
    const displayName = input.displayName.trim();
    if ([...displayName].length < 2 || [...displayName].length > 64) throw new AppError('NAME_LENGTH', { max: 64 });
    assertPasswordPolicy(input.password);
    const roles = [...new Set(input.roles)];
    if (roles.length === 0) throw new AppError('ROLES_REQUIRED');
    const isExpert = roles.includes(Role.Expert);
    if (isExpert && !input.expertProfile) throw new AppError('EXPERT_PROFILE_REQUIRED');
    if (!isExpert && input.expertProfile) throw new AppError('EXPERT_PROFILE_UNEXPECTED');
    const profile = input.expertProfile ? checkedProfile(input.expertProfile) : undefined;
    if (!isUuid(input.organisationId)) throw new AppError('ORGANISATION_NOT_FOUND');
    const passwordHash = await this.hasher.hash(input.password);

    return this.db.transaction(ctx, async (em, tx) => {
      const organisation = await em.findOne(Organisation, { id: input.organisationId });
      if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
      const allowed = ROLES_BY_KIND[organisation.kind];
      const misfit = roles.find((r) => !allowed.includes(r));
      if (misfit) throw new AppError('ROLE_NOT_ALLOWED', { role: misfit, kind: organisation.kind, allowed: allowed.join(', ') });
      if ((await em.count(UserAccount, { loginName })) > 0) throw new AppError('LOGIN_NAME_TAKEN', { loginName });
      const user = em.create(UserAccount, { tenantId: ctx.tenantId, organisation, loginName, displayName, passwordHash, roles });
      if (profile) em.create(ExpertProfile, { tenantId: ctx.tenantId, user, ...profile });
      try {
        await em.flush();
      } catch (err) {
        // A concurrent creation of the same login name won the race.
        if (err instanceof UniqueConstraintViolationException) throw new AppError('LOGIN_NAME_TAKEN', { loginName });
        throw err;
      }
      // The password hash is a secret: the audit records that a password was set, not which.
      tx.audit({ action: 'user.create', subjectType: 'user', subjectId: user.id, change: { organisationId: organisation.id, loginName, displayName, roles, expert: Boolean(profile) } });
      return toUserView(user);
    });
  }
}
