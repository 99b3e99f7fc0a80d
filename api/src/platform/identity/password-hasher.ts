import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppError } from '../errors/app-error.js';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~20 ms here, so logins stay cheap
// for us and costly for an offline attacker.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Refuses passwords that are too short, too long, or lack letters or digits. */
export function assertPasswordPolicy(password: string): void {
  const ok = password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX && /\p{L}/u.test(password) && /\d/.test(password);
  if (!ok) throw new AppError('PASSWORD_TOO_WEAK', { min: PASSWORD_MIN, max: PASSWORD_MAX });
}

@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /** Spends the same time as a real check, so an unknown login name is not told apart by timing. */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash('no-such-user-0');
    await argon2.verify(await this.dummy, password);
    return false;
  }
}
