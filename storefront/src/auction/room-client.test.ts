import { afterEach, describe, expect, it } from 'vitest';
import { connectRoom, type RoomStatus } from './room-client';
import type { RoomBid, RoomState } from './room-state';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: { type: string; payload?: { variables?: Record<string, unknown> } }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
    this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) });
  }
  next(lastSequence: number, bids: RoomBid[]) {
    const auctionRoom = { auctionId: 'A', serverTime: '2026-11-23T12:00:00.000Z', state: 'LIVE', endsAt: '2026-11-23T12:10:00.000Z', bestPrice: null, lastSequence, bidders: 0, myBidder: null, myRank: null, myBestPrice: null, bids };
    this.onmessage?.({ data: JSON.stringify({ id: '1', type: 'next', payload: { data: { auctionRoom } } }) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const bid = (sequence: number): RoomBid => ({ sequence, bidder: '竞买人1', pseudonymNo: 1, price: `${1000 + sequence}.00`, at: '2026-11-23T12:00:00.000Z', mine: false, abnormallyLow: false, extended: false });

afterEach(() => {
  FakeSocket.all = [];
});

describe('the room client', () => {
  it('resubscribes after a drop with the last sequence seen and ignores the repeats', async () => {
    const states: RoomState[] = [];
    const statuses: RoomStatus[] = [];
    const stop = connectRoom({
      url: 'ws://h/graphql', auctionId: 'A', connectionParams: () => ({ 'x-tenant': 't' }),
      onState: (s) => states.push(s), onStatus: (s) => statuses.push(s),
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket, retryDelays: [1],
    });
    await flush();
    const first = FakeSocket.all[0];
    first.open();
    expect(first.sent[1].payload?.variables).toEqual({ auctionId: 'A', afterSequence: 0 });
    first.next(2, [bid(1), bid(2)]);
    first.drop();
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting']);
    await flush(10);
    const second = FakeSocket.all[1];
    second.open();
    expect(second.sent[1].payload?.variables).toEqual({ auctionId: 'A', afterSequence: 2 });
    second.next(4, [bid(2), bid(3), bid(4)]);
    expect(states.at(-1)!.bids.map((b) => b.sequence)).toEqual([1, 2, 3, 4]);
    expect(statuses.at(-1)).toBe('live');
    stop();
    expect(statuses.at(-1)).toBe('closed');
  });
});
