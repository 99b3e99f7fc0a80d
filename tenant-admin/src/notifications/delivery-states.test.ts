import { describe, expect, it } from 'vitest';
import { canResend, deliveryStateFromQuery } from './delivery-states';

describe('delivery states in the console', () => {
  it('reads the state from the address, failed when it names none', () => {
    expect(deliveryStateFromQuery('pending')).toBe('PENDING');
    expect(deliveryStateFromQuery('SENT')).toBe('SENT');
    expect(deliveryStateFromQuery('bogus')).toBe('FAILED');
    expect(deliveryStateFromQuery(['SENT'])).toBe('FAILED');
    expect(deliveryStateFromQuery(undefined)).toBe('FAILED');
  });

  it('offers a resend for failed deliveries only', () => {
    expect(['FAILED', 'PENDING', 'SKIPPED', 'SENT'].filter(canResend)).toEqual(['FAILED']);
  });
});
