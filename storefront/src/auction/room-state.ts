/**
 * The live room's state on the client: bids merged by sequence (a reconnect's catch-up may
 * repeat what was seen), the standings of the latest message, and the server's clock. The
 * countdown is measured on the server's clock: offset = serverTime − local receive time, so a
 * browser whose clock is wrong still shows the end the server will enforce.
 */
export type Direction = 'REVERSE' | 'FORWARD';

export interface RoomBid {
  sequence: number;
  bidder: string;
  pseudonymNo: number;
  price: string | null;
  at: string;
  mine: boolean;
  abnormallyLow: boolean;
  extended: boolean;
}

export interface RoomEvent {
  auctionId: string;
  serverTime: string;
  state: string;
  endsAt: string;
  bestPrice: string | null;
  lastSequence: number;
  bidders: number;
  myBidder: string | null;
  myRank: number | null;
  myBestPrice: string | null;
  bids: RoomBid[];
}

export interface RoomState {
  bids: RoomBid[];
  lastSequence: number;
  event: RoomEvent | null;
  /** serverTime − local time, ms (the least-delayed of the recent samples). */
  offsetMs: number | null;
  samples: number[];
  /** Set when a message moved the end later while the auction ran (anti-sniping). */
  extendedTo: string | null;
}

export const DECIDED = ['AWARDED', 'FAILED', 'CANCELLED'] as const;
const SAMPLES = 5;

export function emptyRoom(): RoomState {
  return { bids: [], lastSequence: 0, event: null, offsetMs: null, samples: [], extendedTo: null };
}

/**
 * A clock sample. The message left the server before it arrived, so each sample understates
 * the offset by the network delay; the largest recent one is the least delayed.
 */
export function withClockSample(state: RoomState, serverTime: string | Date, receivedAt: number): RoomState {
  const sample = new Date(serverTime).getTime() - receivedAt;
  if (Number.isNaN(sample)) return state;
  const samples = [...state.samples, sample].slice(-SAMPLES);
  return { ...state, samples, offsetMs: Math.max(...samples) };
}

/** Applies one room message: new bids by sequence (duplicates dropped), standings, clock, extension. */
export function applyRoomEvent(state: RoomState, event: RoomEvent, receivedAt: number): RoomState {
  const known = new Map(state.bids.map((b) => [b.sequence, b]));
  const fresh = event.bids.filter((b) => !known.has(b.sequence));
  for (const b of fresh) known.set(b.sequence, b);
  const bids = [...known.values()].sort((a, b) => a.sequence - b.sequence);
  const lastSequence = Math.max(state.lastSequence, event.lastSequence, bids.at(-1)?.sequence ?? 0);
  const prevEnd = state.event ? new Date(state.event.endsAt).getTime() : null;
  // A later end, or a new bid that says it extended the end (the end may also have been read long ago).
  const extended = !(DECIDED as readonly string[]).includes(event.state) && ((prevEnd !== null && new Date(event.endsAt).getTime() > prevEnd) || (state.event !== null && fresh.some((b) => b.extended)));
  const next: RoomState = { ...state, bids, lastSequence, event, extendedTo: extended ? event.endsAt : state.extendedTo };
  return withClockSample(next, event.serverTime, receivedAt);
}

/** What is left until `endsAt` on the server's clock, in ms (never negative). */
export function remainingMs(endsAt: string | Date, offsetMs: number | null, localNow: number): number {
  const serverNow = localNow + (offsetMs ?? 0);
  return Math.max(0, new Date(endsAt).getTime() - serverNow);
}

/** 3 725 000 ms → "01:02:05"; days are counted in the hours. */
export function formatCountdown(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

export interface LadderRow { bidder: string; best: string; rank: number; mine: boolean; bids: number }

/**
 * Each bidder's best valid price, ranked (reverse: lowest first; forward: highest first). Abnormally
 * low bids never rank. Equal prices keep the earlier bidder first, as the server does.
 */
export function ladder(bids: RoomBid[], direction: Direction): LadderRow[] {
  const rows = new Map<string, { best: bigint; at: number; mine: boolean; bids: number }>();
  for (const b of bids) {
    if (b.price == null || b.abnormallyLow) continue;
    const fen = toFen(b.price);
    const row = rows.get(b.bidder);
    const better = !row || (direction === 'REVERSE' ? fen < row.best : fen > row.best);
    if (!row) rows.set(b.bidder, { best: fen, at: b.sequence, mine: b.mine, bids: 1 });
    else {
      row.bids++;
      if (better) Object.assign(row, { best: fen, at: b.sequence });
    }
  }
  return [...rows.entries()]
    .sort(([, a], [, b]) => (a.best === b.best ? a.at - b.at : (direction === 'REVERSE' ? (a.best < b.best ? -1 : 1) : (a.best > b.best ? -1 : 1))))
    .map(([bidder, r], i) => ({ bidder, best: fromFen(r.best), rank: i + 1, mine: r.mine, bids: r.bids }));
}

/** "1234.5" → 123450n; the API's Money strings, never through a float. */
export function toFen(yuan: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) throw new Error(`not money: ${yuan}`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * The price limit the next bid must respect, as the server checks it. Reverse: at most the
 * ceiling, and at least one decrement under the bidder's own best valid bid. Forward: at least
 * the starting price, then the current highest plus the increment.
 */
export function bidLimit(a: { direction: Direction; startPrice: string; step: string }, bestPrice: string | null, myBestPrice: string | null): { kind: 'max' | 'min'; price: string } {
  if (a.direction === 'REVERSE') {
    const ceiling = toFen(a.startPrice);
    const own = myBestPrice == null ? null : toFen(myBestPrice) - toFen(a.step);
    return { kind: 'max', price: fromFen(own != null && own < ceiling ? own : ceiling) };
  }
  return { kind: 'min', price: bestPrice == null ? a.startPrice : fromFen(toFen(bestPrice) + toFen(a.step)) };
}
