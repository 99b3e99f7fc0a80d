import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig, UserAccount } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { AccessTokens } from './access-tokens.js';
import { issueRefreshToken } from './refresh-tokens.js';
import { toUserView, type UserView } from './user-view.js';

/** What a login or a refresh hands to the client. */
export interface IssuedSession {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
  readonly user: UserView;
}

/** Issues the token pair of a session: a refresh token row in the transaction, and a signed access token. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly accessTokens: AccessTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(em: EntityManager, user: UserAccount, familyId: string): Promise<IssuedSession> {
    const refresh = issueRefreshToken(em, user, familyId, this.config.REFRESH_TOKEN_TTL_DAYS);
    const access = await this.accessTokens.signTenant({
      userId: user.id,
      tenantId: user.tenantId,
      organisationId: user.organisation.id,
      roles: user.roles,
      sessionId: familyId,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: toUserView(user),
    };
  }
}
