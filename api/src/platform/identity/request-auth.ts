import type { Request } from 'express';
import type { AccessTokens, PlatformClaims, TenantClaims } from './access-tokens.js';

/** Who the request's bearer token says is calling, checked for signature and expiry only. */
export type RequestAuth =
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: 'ACCESS_TOKEN_EXPIRED' | 'ACCESS_TOKEN_INVALID' }
  | { kind: 'tenant'; claims: TenantClaims }
  | { kind: 'platform'; claims: PlatformClaims };

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;

export async function authenticate(req: Pick<Request, 'header'>, tokens: AccessTokens): Promise<RequestAuth> {
  const header = req.header('authorization')?.trim();
  if (!header) return { kind: 'anonymous' };
  const match = BEARER.exec(header);
  if (!match) return { kind: 'invalid', reason: 'ACCESS_TOKEN_INVALID' };
  const result = await tokens.verify(match[1]);
  if (!result.ok) return { kind: 'invalid', reason: result.reason };
  return result.claims.kind === 'tenant' ? { kind: 'tenant', claims: result.claims } : { kind: 'platform', claims: result.claims };
}
