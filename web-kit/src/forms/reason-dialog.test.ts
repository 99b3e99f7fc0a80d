import { describe, expect, it } from 'vitest';
import { useReasonDialog } from './reason-dialog';

describe('useReasonDialog', () => {
  const make = (send: (d: { id: string; uphold: boolean }, reason: string) => Promise<unknown>) => {
    const calls: string[] = [];
    const r = useReasonDialog({ context: { id: '', uphold: false }, requiredMessage: () => '至少 2 个字', send: (d, reason) => { calls.push(`${d.id}:${d.uphold}:${reason}`); return send(d, reason); }, after: () => calls.push('after') });
    return { r, calls };
  };

  it('refuses a reason shorter than two characters without sending', async () => {
    const { r, calls } = make(async () => undefined);
    r.open({ id: 'a1' });
    r.dialog.reason = ' 好 ';
    expect(await r.submit()).toBe(false);
    expect(r.problem.value).toBe('至少 2 个字');
    expect(r.dialog.open).toBe(true);
    expect(calls).toEqual([]);
  });

  it('sends the trimmed reason with the context, closes and runs `after`', async () => {
    const { r, calls } = make(async () => undefined);
    r.open({ id: 'a1', uphold: true });
    r.dialog.reason = '  价格含安装费  ';
    expect(await r.submit()).toBe(true);
    expect(calls).toEqual(['a1:true:价格含安装费', 'after']);
    expect(r.dialog.open).toBe(false);
    expect(r.busy.value).toBe(false);
  });

  it('keeps the dialog open with the error when the call fails, and a new opening clears it', async () => {
    const failure = new Error('BAD_USER_INPUT');
    const { r, calls } = make(async () => { throw failure; });
    r.open({ id: 'a2' });
    r.dialog.reason = '理由充分';
    expect(await r.submit()).toBe(false);
    expect(r.saveError.value).toBe(failure);
    expect(r.dialog.open).toBe(true);
    expect(calls).toEqual(['a2:false:理由充分']);
    r.open({ id: 'a3' });
    expect(r.saveError.value).toBeNull();
    expect(r.dialog).toMatchObject({ id: 'a3', uphold: false, reason: '', open: true });
  });
});
