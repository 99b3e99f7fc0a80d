import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, newId, RefreshToken, UserAccount } from '@zhengcai/schema';

/** A refresh token as the client holds it: `<row id>.<secret>`. */
export interface PresentedToken {
  readonly id: string;
  readonly secret: string;
}

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
  readonly familyId: string;
}

const DAY_MS = 86_400_000;

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseRefreshToken(token: string): PresentedToken | undefined {
  const [id, secret, ...rest] = token.split('.');
  if (rest.length || !id || !secret || !isUuid(id) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  return { id, secret };
}

/** Constant-time: a stored hash never leaks through the time a comparison takes. */
export function secretMatches(row: RefreshToken, presented: PresentedToken): boolean {
  return timingSafeEqual(Buffer.from(row.secretHash, 'hex'), Buffer.from(digest(presented.secret), 'hex'));
}

/** Adds a refresh token to a session (a new one when familyId is new); only its hash is stored. */
export function issueRefreshToken(em: EntityManager, user: { id: string; tenantId: string }, familyId: string, ttlDays: number): IssuedRefreshToken {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlDays * DAY_MS);
  const row = em.create(RefreshToken, {
    id: newId(),
    tenantId: user.tenantId,
    user: em.getReference(UserAccount, user.id),
    familyId,
    secretHash: digest(secret),
    expiresAt,
  });
  return { token: `${row.id}.${secret}`, expiresAt, familyId };
}

/** Ends every token of a session; returns how many were still live. */
export function revokeFamily(em: EntityManager, familyId: string, at: Date): Promise<number> {
  return em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: at });
}
