/** The states an operator can list deliveries in; failed first, since those need a hand. */
export const DELIVERY_STATES = ['FAILED', 'PENDING', 'SKIPPED', 'SENT'] as const;
export type DeliveryStateName = (typeof DELIVERY_STATES)[number];

/** The state named by the address (`?state=`), failed when it names none. */
export function deliveryStateFromQuery(value: unknown): DeliveryStateName {
  const v = typeof value === 'string' ? value.toUpperCase() : '';
  return (DELIVERY_STATES as readonly string[]).includes(v) ? (v as DeliveryStateName) : 'FAILED';
}

/** Only a failed delivery can be sent again: a sent notice never goes out twice. */
export const canResend = (state: string): boolean => state === 'FAILED';
