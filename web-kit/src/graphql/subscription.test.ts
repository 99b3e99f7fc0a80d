import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL, sameOriginSocketUrl, subscribe, type SubscriptionStatus } from './subscription';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string, readonly protocol: string) {
    FakeSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  FakeSocket.all = [];
  vi.useRealTimers();
});

describe('graphql-transport-ws client', () => {
  it('inits with the params, subscribes after the ack, answers pings, delivers data and completes on stop', async () => {
    const data: unknown[] = [];
    const statuses: SubscriptionStatus[] = [];
    const stop = subscribe<{ n: number }>({
      url: 'ws://h/graphql', query: 'subscription { x }', variables: { lotId: 'L' },
      connectionParams: () => ({ 'x-tenant': '330000', authorization: 'Bearer t' }),
      onData: (d) => data.push(d), onStatus: (s) => statuses.push(s),
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    await flush();
    const ws = FakeSocket.all[0];
    expect(ws.protocol).toBe(PROTOCOL);
    ws.open();
    expect(ws.sent[0]).toEqual({ type: 'connection_init', payload: { 'x-tenant': '330000', authorization: 'Bearer t' } });
    ws.receive({ type: 'connection_ack' });
    expect(ws.sent[1]).toEqual({ id: '1', type: 'subscribe', payload: { query: 'subscription { x }', variables: { lotId: 'L' } } });
    ws.receive({ type: 'ping' });
    expect(ws.sent[2]).toEqual({ type: 'pong' });
    ws.receive({ id: '1', type: 'next', payload: { data: { n: 1 } } });
    ws.receive({ id: '1', type: 'next', payload: { data: { n: 2 } } });
    expect(data).toEqual([{ n: 1 }, { n: 2 }]);
    expect(statuses).toEqual(['connecting', 'connected']);
    stop();
    expect(ws.sent[3]).toEqual({ id: '1', type: 'complete' });
    expect(ws.closed).toBe(true);
    expect(statuses.at(-1)).toBe('closed');
  });

  it('reconnects after a drop, reading the params again', async () => {
    vi.useFakeTimers();
    let token = 'a';
    const statuses: SubscriptionStatus[] = [];
    const stop = subscribe({
      url: 'ws://h/graphql', query: 'q', connectionParams: () => ({ authorization: token }), onData: () => {},
      onStatus: (s) => statuses.push(s), WebSocketImpl: FakeSocket as unknown as typeof WebSocket, retryDelays: [100],
    });
    await vi.advanceTimersByTimeAsync(0);
    FakeSocket.all[0].open();
    FakeSocket.all[0].receive({ type: 'connection_ack' });
    token = 'b';
    FakeSocket.all[0].drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1].open();
    expect(FakeSocket.all[1].sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'b' } });
    stop();
    FakeSocket.all[1].drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(2);
  });

  it('reports an operation error and stops', async () => {
    const errors: string[] = [];
    subscribe({ url: 'ws://h/graphql', query: 'q', onData: () => {}, onError: (e) => errors.push(e.codes[0]), WebSocketImpl: FakeSocket as unknown as typeof WebSocket });
    await flush();
    const ws = FakeSocket.all[0];
    ws.open();
    ws.receive({ type: 'connection_ack' });
    ws.receive({ id: '1', type: 'error', payload: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }] });
    expect(errors).toEqual(['NOT_FOUND']);
    expect(ws.closed).toBe(true);
  });

  it('builds the socket address from the page', () => {
    expect(sameOriginSocketUrl('/graphql', { protocol: 'https:', host: 'zj.example.cn' })).toBe('wss://zj.example.cn/graphql');
    expect(sameOriginSocketUrl('/graphql', { protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173/graphql');
  });
});
