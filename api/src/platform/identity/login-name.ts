import { AppError } from '../errors/app-error.js';

const LOGIN_NAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

/** Login names are compared case-insensitively: stored and looked up in lower case. */
export function normaliseLoginName(input: string): string {
  return input.trim().toLowerCase();
}

export function assertLoginNameFormat(loginName: string): void {
  if (!LOGIN_NAME.test(loginName)) throw new AppError('LOGIN_NAME_FORMAT');
}
