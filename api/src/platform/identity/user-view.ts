import type { Role, UserAccount } from '@zhengcai/schema';

/** A user as the API shows it: never the password hash. */
export interface UserView {
  readonly id: string;
  readonly loginName: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
  readonly createdAt: Date;
}

export function toUserView(u: UserAccount): UserView {
  return {
    id: u.id,
    loginName: u.loginName,
    displayName: u.displayName,
    organisationId: u.organisation.id,
    roles: [...u.roles],
    active: u.active,
    createdAt: u.createdAt,
  };
}
