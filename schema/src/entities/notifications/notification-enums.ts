/** Where a notice goes. In-app is always on; e-mail and push follow the user's preferences. */
export enum NotificationChannel {
  InApp = 'in_app',
  Email = 'email',
  Push = 'push',
}

/** One delivery's life: transitions are in api/src/notifications/delivery-state-machine.ts. */
export enum DeliveryState {
  Pending = 'pending',
  Sent = 'sent',
  /** Retries used up; an operator sees it and may send it again. */
  Failed = 'failed',
  /** Not sent on purpose: preference off, no address or subscription, channel not configured. */
  Skipped = 'skipped',
}

export enum NotificationPriority {
  High = 'high',
  Normal = 'normal',
  Low = 'low',
}
