import { subscribe, type SubscriptionStatus } from '@zhengcai/web-kit';
import { AUCTION_ROOM_SUBSCRIPTION } from '../api/auction';
import { applyRoomEvent, emptyRoom, type RoomEvent, type RoomState } from './room-state';

export type RoomStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface RoomClientOptions {
  url: string;
  auctionId: string;
  connectionParams: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  onState: (state: RoomState) => void;
  onStatus?: (status: RoomStatus) => void;
  onError?: (error: unknown) => void;
  locale?: string;
  now?: () => number;
  WebSocketImpl?: typeof WebSocket;
  retryDelays?: number[];
}

const STATUS: Record<SubscriptionStatus, RoomStatus> = { connecting: 'connecting', connected: 'live', reconnecting: 'reconnecting', closed: 'closed' };

/**
 * Joins an auction room. Every (re)subscription names the last sequence seen, so after a dropped
 * socket the server sends only what was missed; anything repeated is dropped by sequence. The
 * stream completes once the auction is decided (status `closed`).
 */
export function connectRoom(options: RoomClientOptions): () => void {
  const now = options.now ?? Date.now;
  let state = emptyRoom();
  // Read when each subscribe message is built: a reconnect resumes after the last bid seen.
  const variables = {
    auctionId: options.auctionId,
    get afterSequence() {
      return state.lastSequence;
    },
  };
  return subscribe<{ auctionRoom: RoomEvent }>({
    url: options.url,
    query: AUCTION_ROOM_SUBSCRIPTION,
    variables,
    locale: options.locale,
    connectionParams: options.connectionParams,
    WebSocketImpl: options.WebSocketImpl,
    retryDelays: options.retryDelays,
    onData: (d) => {
      state = applyRoomEvent(state, d.auctionRoom, now());
      options.onState(state);
    },
    onError: (e) => options.onError?.(e),
    onStatus: (s) => options.onStatus?.(STATUS[s]),
  });
}
