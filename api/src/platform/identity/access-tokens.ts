import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { type AppConfig, Role } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { LOGGER, type Logger } from '../logging/logging.module.js';
import { PLATFORM_OPERATOR } from './access.decorators.js';

const ISSUER = 'zhengcai';
const AUDIENCE = 'zhengcai-api';
const TENANT_ROLE_VALUES = new Set<string>(Object.values(Role));

/** Who a tenant access token speaks for. `sid` is the login session (refresh-token family). */
export interface TenantClaims {
  readonly kind: 'tenant';
  readonly userId: string;
  readonly tenantId: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
  readonly sessionId: string;
}

export interface PlatformClaims {
  readonly kind: 'platform';
  readonly operatorId: string;
}

export type AccessClaims = TenantClaims | PlatformClaims;

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: 'ACCESS_TOKEN_EXPIRED' | 'ACCESS_TOKEN_INVALID' };

export interface SignedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Short-lived HS256 access tokens: signed here, verified on every request without I/O. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(LOGGER) logger: Logger) {
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
    if (config.JWT_SECRET) {
      this.key = new TextEncoder().encode(config.JWT_SECRET);
    } else {
      // Config validation refuses this in production.
      logger.warn('JWT_SECRET is not set: using a random key for this process; tokens end when it stops');
      this.key = randomBytes(32);
    }
  }

  signTenant(claims: Omit<TenantClaims, 'kind'>): Promise<SignedToken> {
    return this.sign(claims.userId, { typ: 'tenant', tid: claims.tenantId, org: claims.organisationId, roles: claims.roles, sid: claims.sessionId });
  }

  signPlatform(operatorId: string): Promise<SignedToken> {
    return this.sign(operatorId, { typ: 'platform', roles: [PLATFORM_OPERATOR] });
  }

  async verify(token: string): Promise<VerifyResult> {
    try {
      const { payload: p } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof p.sub !== 'string') return { ok: false, reason: 'ACCESS_TOKEN_INVALID' };
      if (p.typ === 'platform') return { ok: true, claims: { kind: 'platform', operatorId: p.sub } };
      const roles = p.roles;
      if (
        p.typ !== 'tenant' || typeof p.tid !== 'string' || typeof p.org !== 'string' || typeof p.sid !== 'string'
        || !Array.isArray(roles) || !roles.every((r) => TENANT_ROLE_VALUES.has(r))
      ) {
        return { ok: false, reason: 'ACCESS_TOKEN_INVALID' };
      }
      return { ok: true, claims: { kind: 'tenant', userId: p.sub, tenantId: p.tid, organisationId: p.org, roles: roles as Role[], sessionId: p.sid } };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return { ok: false, reason: 'ACCESS_TOKEN_EXPIRED' };
      if (err instanceof errors.JOSEError) return { ok: false, reason: 'ACCESS_TOKEN_INVALID' };
      throw err;
    }
  }

  private async sign(subject: string, claims: Record<string, unknown>): Promise<SignedToken> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }
}
