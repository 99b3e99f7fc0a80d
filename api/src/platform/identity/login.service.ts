import { Injectable } from '@nestjs/common';
import { newId, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { normaliseLoginName } from './login-name.js';
import { PasswordHasher } from './password-hasher.js';
import { type IssuedSession, SessionIssuer } from './session-issuer.js';

/** Password login of a tenant user: starts a new session (refresh-token family). */
@Injectable()
export class LoginService {
  constructor(
    private readonly db: TenantDb,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly issuer: SessionIssuer,
  ) {}

  async login(ctx: TenantContext, input: { loginName: string; password: string; ip: string }): Promise<IssuedSession> {
    const loginName = normaliseLoginName(input.loginName);
    const attempt = await this.limiter.begin({ tenantId: ctx.tenantId }, loginName, input.ip);
    // Read, then check the password outside any transaction: argon2 takes tens of
    // milliseconds and must not hold a database connection meanwhile.
    const user = await this.db.transaction(ctx, (em) =>
      em.findOne(UserAccount, { loginName }, { populate: ['passwordHash', 'organisation'] }),
    );
    const ok = user ? await this.hasher.verify(user.passwordHash, input.password) : await this.hasher.verifyNobody(input.password);
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
    await attempt.succeeded();
    if (!user.active || !user.organisation.active) throw new AppError('ACCOUNT_DISABLED');
    // The user is the actor of their own login.
    const actor = { ...ctx, userId: user.id, organisationId: user.organisation.id, roles: user.roles };
    return this.db.transaction(actor, async (em, tx) => {
      const session = await this.issuer.issue(em, user, newId());
      tx.audit({ action: 'session.start', subjectType: 'user', subjectId: user.id, change: { loginName } });
      return session;
    });
  }
}
