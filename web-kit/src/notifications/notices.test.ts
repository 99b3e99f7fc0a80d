import { describe, expect, it } from 'vitest';
import { applicationServerKey, eventTypeKey, noticeRoute, preferenceRows, subscriptionInput } from './notices';

describe('notices', () => {
  it('links a notice inside its own app only', () => {
    expect(noticeRoute({ app: 'storefront', link: '/supplier/orders/1' }, 'storefront')).toBe('/supplier/orders/1');
    expect(noticeRoute({ app: 'storefront', link: '/supplier/orders/1' }, 'tenant-admin')).toBeNull();
    expect(noticeRoute({ app: 'storefront', link: 'https://evil.example/' }, 'storefront')).toBeNull();
  });

  it('turns event types into message keys', () => {
    expect(eventTypeKey('tender.lot.opening-started')).toBe('tender_lot_opening_started');
  });

  it('groups preferences by event type with every channel', () => {
    const rows = preferenceRows([
      { eventType: 'a', channel: 'IN_APP', enabled: true, locked: true, mandatory: false },
      { eventType: 'a', channel: 'EMAIL', enabled: false, locked: false, mandatory: false },
      { eventType: 'b', channel: 'PUSH', enabled: true, locked: true, mandatory: true },
    ] as const);
    expect(rows.map((r) => [r.eventType, r.mandatory, r.channels.EMAIL?.enabled ?? null, r.channels.PUSH?.enabled ?? null])).toEqual([['a', false, false, null], ['b', true, null, true]]);
  });

  it('converts push keys both ways (base64url)', () => {
    const bytes = applicationServerKey('BAEC_-8');
    expect([...bytes]).toEqual([4, 1, 2, 255, 239]);
    const key = new Uint8Array([251, 255, 0]).buffer;
    expect(subscriptionInput({ endpoint: 'https://push.example/x', getKey: () => key })).toEqual({ endpoint: 'https://push.example/x', p256dh: '-_8A', auth: '-_8A' });
  });
});
