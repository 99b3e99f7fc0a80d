/** The browser's device id: made once, kept in local storage, sent as `x-device-id`. */
export const DEVICE_ID_KEY = 'zc.device-id';

let memo: string | null = null;

/**
 * A random id for this browser profile. Kept in local storage so that it survives sign-outs and
 * changes of user (two suppliers bidding from one machine is what it reveals); when storage is
 * unavailable (private mode), it lives for the page only.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeStorage(), random: () => string = () => crypto.randomUUID()): string {
  const stored = storage?.getItem(DEVICE_ID_KEY);
  if (stored && /^[\x21-\x7e]{1,128}$/.test(stored)) return stored;
  memo ??= random();
  try {
    storage?.setItem(DEVICE_ID_KEY, memo);
  } catch {
    // Full or refused storage: the page-lifetime id still works.
  }
  return memo;
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** For tests: forget the page-lifetime id. */
export function resetDeviceIdMemo(): void {
  memo = null;
}
