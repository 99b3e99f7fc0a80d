import { describe, expect, it } from 'vitest';
import { InFlightWork } from './in-flight-work.js';

/** Work that runs until released. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { work: async () => { await done; return 'done'; }, release };
}

describe('InFlightWork', () => {
  it('waits for running work before it reports drained, and refuses new work meanwhile', async () => {
    const inFlight = new InFlightWork();
    const a = held();
    const running = inFlight.run(a.work);
    expect(inFlight.running).toBe(1);
    let left: number | undefined;
    const drained = inFlight.drain(5_000).then((n) => (left = n));
    await new Promise((r) => setTimeout(r, 20));
    expect(left).toBeUndefined();
    await expect(inFlight.run(async () => 'late')).rejects.toMatchObject({ reason: 'SERVICE_RESTARTING', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    a.release();
    expect(await running).toBe('done');
    await drained;
    expect(left).toBe(0);
  });

  it('stops waiting after the time given and says how much still runs', async () => {
    const inFlight = new InFlightWork();
    const stuck = held();
    const running = inFlight.run(stuck.work);
    expect(await inFlight.drain(30)).toBe(1);
    stuck.release();
    await running;
    expect(inFlight.running).toBe(0);
  });

  it('drains at once when nothing runs, and a failed work still counts as ended', async () => {
    const inFlight = new InFlightWork();
    await expect(inFlight.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(inFlight.running).toBe(0);
    expect(await inFlight.drain(60_000)).toBe(0);
  });
});
