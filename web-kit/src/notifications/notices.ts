/** What the notification centre needs of a notice to place its link. */
export interface NoticeLike {
  app: string;
  link: string;
}

export type AppName = 'storefront' | 'tenant-admin';

/** A notice's page in this app (a router path), or null when it belongs to the other app. */
export function noticeRoute(notice: NoticeLike, currentApp: AppName): string | null {
  return notice.app === currentApp && notice.link.startsWith('/') ? notice.link : null;
}

/** The i18n key segment of an event type: `mall.order.placed` → `mall_order_placed`. */
export function eventTypeKey(eventType: string): string {
  return eventType.replace(/[.-]/g, '_');
}

/** Rows of the preferences table: one per event type, its channels in a fixed order. */
export interface PreferenceLike {
  eventType: string;
  channel: 'IN_APP' | 'EMAIL' | 'PUSH';
  enabled: boolean;
  locked: boolean;
  mandatory: boolean;
}
export const CHANNELS = ['IN_APP', 'EMAIL', 'PUSH'] as const;

export function preferenceRows<P extends PreferenceLike>(prefs: readonly P[]): { eventType: string; mandatory: boolean; channels: Record<(typeof CHANNELS)[number], P | undefined> }[] {
  const byType = new Map<string, { eventType: string; mandatory: boolean; channels: Record<(typeof CHANNELS)[number], P | undefined> }>();
  for (const p of prefs) {
    const row = byType.get(p.eventType) ?? { eventType: p.eventType, mandatory: p.mandatory, channels: { IN_APP: undefined, EMAIL: undefined, PUSH: undefined } };
    row.channels[p.channel] = p;
    byType.set(p.eventType, row);
  }
  return [...byType.values()];
}

/** A VAPID key (base64url) as the bytes PushManager.subscribe wants. */
export function applicationServerKey(base64url: string): Uint8Array {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** A browser subscription's keys as the API takes them (base64url). */
export function subscriptionInput(sub: { endpoint: string; getKey(name: 'p256dh' | 'auth'): ArrayBuffer | null }): { endpoint: string; p256dh: string; auth: string } {
  const b64url = (buf: ArrayBuffer | null) => {
    if (!buf) throw new Error('the push subscription has no keys');
    let s = '';
    for (const b of new Uint8Array(buf)) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  return { endpoint: sub.endpoint, p256dh: b64url(sub.getKey('p256dh')), auth: b64url(sub.getKey('auth')) };
}
