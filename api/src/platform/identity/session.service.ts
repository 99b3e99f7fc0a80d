import { Injectable } from '@nestjs/common';
import { RefreshToken, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { parseRefreshToken, revokeFamily, secretMatches } from './refresh-tokens.js';
import { type IssuedSession, SessionIssuer } from './session-issuer.js';
import { SessionRevocations } from './session-revocations.js';

type RefreshOutcome =
  | { kind: 'rotated'; session: IssuedSession }
  | { kind: 'reused'; familyId: string }
  | { kind: 'ended'; familyId?: string };

/** A login session after login: refresh with rotation, and logout. */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDb,
    private readonly issuer: SessionIssuer,
    private readonly revocations: SessionRevocations,
  ) {}

  /**
   * Trades a refresh token for a new pair. The presented token is retired; presenting a
   * retired token again means someone kept a copy, so the whole session is revoked — the
   * revocation commits even though the caller gets an error.
   */
  async refresh(ctx: TenantContext, token: string): Promise<IssuedSession> {
    const presented = parseRefreshToken(token);
    if (!presented) throw new AppError('SESSION_INVALID');
    const outcome = await this.db.transaction(ctx, async (em, tx): Promise<RefreshOutcome> => {
      const row = await em.findOne(RefreshToken, { id: presented.id });
      if (!row || !secretMatches(row, presented) || row.revokedAt) return { kind: 'ended' };
      const now = new Date();
      if (row.expiresAt <= now) return { kind: 'ended' };
      // Atomic claim: of two refreshes racing with one token, exactly one rotates it.
      const claimed = await em.nativeUpdate(RefreshToken, { id: row.id, rotatedAt: null, revokedAt: null }, { rotatedAt: now });
      const userId = row.user.id;
      if (claimed === 0) {
        await revokeFamily(em, row.familyId, now);
        tx.audit({ action: 'session.revoke', subjectType: 'user', subjectId: userId, change: { familyId: row.familyId, reason: 'refresh-token-reused' } });
        return { kind: 'reused', familyId: row.familyId };
      }
      const user = await em.findOne(UserAccount, { id: row.user.id }, { populate: ['organisation'] });
      if (!user || !user.active || !user.organisation.active) {
        await revokeFamily(em, row.familyId, now);
        tx.audit({ action: 'session.revoke', subjectType: 'user', subjectId: userId, change: { familyId: row.familyId, reason: 'account-disabled' } });
        return { kind: 'ended', familyId: row.familyId };
      }
      // Roles and organisation are read afresh: a change reaches the next access token.
      tx.audit({ action: 'session.refresh', subjectType: 'user', subjectId: userId, change: { familyId: row.familyId } });
      return { kind: 'rotated', session: await this.issuer.issue(em, user, row.familyId) };
    });
    if (outcome.kind === 'rotated') return outcome.session;
    if (outcome.familyId) await this.revocations.revoke(outcome.familyId);
    throw new AppError(outcome.kind === 'reused' ? 'REFRESH_TOKEN_REUSED' : 'SESSION_INVALID');
  }

  /** Ends the session the refresh token belongs to; false when there was no live session. */
  async logout(ctx: TenantContext, token: string): Promise<boolean> {
    const presented = parseRefreshToken(token);
    if (!presented) return false;
    const familyId = await this.db.transaction(ctx, async (em, tx) => {
      const row = await em.findOne(RefreshToken, { id: presented.id });
      if (!row || !secretMatches(row, presented)) return undefined;
      if ((await revokeFamily(em, row.familyId, new Date())) === 0) return undefined;
      tx.audit({ action: 'session.end', subjectType: 'user', subjectId: row.user.id, change: { familyId: row.familyId } });
      return row.familyId;
    });
    if (!familyId) return false;
    await this.revocations.revoke(familyId);
    return true;
  }
}
