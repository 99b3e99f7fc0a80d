import { Injectable } from '@nestjs/common';
import { PlatformOperator } from '@zhengcai/schema';
import { PlatformDb } from '../../database/platform-db.js';
import { AppError } from '../../errors/app-error.js';
import { AccessTokens, type SignedToken } from '../access-tokens.js';
import { LoginRateLimiter } from '../login-rate-limiter.js';
import { normaliseLoginName } from '../login-name.js';
import { PasswordHasher } from '../password-hasher.js';

/**
 * Password login of a platform operator. It yields only a short access token (no refresh
 * token): operator work is rare and deliberate, so logging in again is the safer default.
 */
@Injectable()
export class OperatorLoginService {
  constructor(
    private readonly db: PlatformDb,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly tokens: AccessTokens,
  ) {}

  async login(input: { loginName: string; password: string; ip: string }): Promise<SignedToken> {
    const loginName = normaliseLoginName(input.loginName);
    const attempt = await this.limiter.begin('platform', loginName, input.ip);
    const operator = await this.db.transaction((em) => em.findOne(PlatformOperator, { loginName }, { populate: ['passwordHash'] }));
    const ok = operator ? await this.hasher.verify(operator.passwordHash, input.password) : await this.hasher.verifyNobody(input.password);
    if (!operator || !ok) throw new AppError('INVALID_CREDENTIALS');
    await attempt.succeeded();
    if (!operator.active) throw new AppError('ACCOUNT_DISABLED');
    return this.tokens.signPlatform(operator.id);
  }
}
