import { beforeEach, describe, expect, it } from 'vitest';
import { DEVICE_ID_KEY, deviceId, resetDeviceIdMemo } from './device-id';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('device id', () => {
  beforeEach(() => resetDeviceIdMemo());

  it('is made once and kept in storage', () => {
    const s = memoryStorage();
    let n = 0;
    const make = () => `dev-${++n}`;
    expect(deviceId(s, make)).toBe('dev-1');
    expect(deviceId(s, make)).toBe('dev-1');
    expect(s.data.get(DEVICE_ID_KEY)).toBe('dev-1');
  });

  it('keeps a stored id, replaces a malformed one, and works without storage', () => {
    expect(deviceId(memoryStorage({ [DEVICE_ID_KEY]: 'kept-id' }), () => 'new')).toBe('kept-id');
    const s = memoryStorage({ [DEVICE_ID_KEY]: 'bad id with spaces' });
    expect(deviceId(s, () => 'fresh')).toBe('fresh');
    resetDeviceIdMemo();
    expect(deviceId(null, () => 'page-only')).toBe('page-only');
    const refusing = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(deviceId(refusing, () => 'other')).toBe('page-only');
  });
});
