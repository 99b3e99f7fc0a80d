import type { Notification, UserAccount } from '@zhengcai/schema';

/** What a channel sends: the stored notice, its recipient, and the absolute link. */
export interface OutgoingNotice {
  readonly notification: Notification;
  readonly user: UserAccount;
  readonly url: string;
}
