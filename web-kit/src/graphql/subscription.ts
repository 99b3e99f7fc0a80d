import { ApiError, type GraphQLErrorItem } from './api-error';

/**
 * A minimal graphql-transport-ws client (the protocol the API's graphql-ws speaks): one socket
 * per subscription, connection params from a callback (tenant, token, language) read again on
 * every (re)connect, and reconnection with a growing delay after the socket drops. The
 * `graphql-ws` package is not a dependency of the apps, and this is all they need of it.
 */
export type SubscriptionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface SubscribeOptions<TData> {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  connectionParams?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  onData: (data: TData) => void;
  /** A GraphQL error for the operation: the subscription ends. */
  onError?: (error: ApiError) => void;
  onStatus?: (status: SubscriptionStatus) => void;
  locale?: string;
  /** For tests. */
  WebSocketImpl?: typeof WebSocket;
  retryDelays?: number[];
}

export const PROTOCOL = 'graphql-transport-ws';
const DEFAULT_DELAYS = [500, 1000, 2000, 4000, 8000];

/** ws(s)://<this host>/graphql: the apps' servers forward it to the API like HTTP. */
export function sameOriginSocketUrl(path = '/graphql', loc: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${path}`;
}

/** Starts the subscription; call the returned function to stop it. */
export function subscribe<TData>(options: SubscribeOptions<TData>): () => void {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const delays = options.retryDelays ?? DEFAULT_DELAYS;
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = (s: SubscriptionStatus) => options.onStatus?.(s);

  const finish = () => {
    stopped = true;
    clearTimeout(timer);
    status('closed');
  };

  async function connect() {
    status(attempt === 0 ? 'connecting' : 'reconnecting');
    const params = (await options.connectionParams?.()) ?? {};
    if (stopped) return;
    const ws = new Impl(options.url, PROTOCOL);
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: params }));
    ws.onmessage = (event: MessageEvent) => {
      let msg: { type?: string; id?: string; payload?: unknown };
      try {
        msg = JSON.parse(String(event.data));
      } catch {
        return;
      }
      switch (msg.type) {
        case 'connection_ack':
          attempt = 0;
          status('connected');
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: options.query, variables: options.variables ?? {} } }));
          break;
        case 'ping':
          ws.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next': {
          const payload = msg.payload as { data?: TData; errors?: GraphQLErrorItem[] };
          if (payload.errors?.length) {
            options.onError?.(new ApiError({ kind: 'graphql', errors: payload.errors, locale: options.locale ?? 'zh-CN' }));
          } else if (payload.data != null) options.onData(payload.data);
          break;
        }
        case 'error':
          options.onError?.(new ApiError({ kind: 'graphql', errors: msg.payload as GraphQLErrorItem[], locale: options.locale ?? 'zh-CN' }));
          finish();
          ws.close(1000);
          break;
        case 'complete':
          finish();
          ws.close(1000);
          break;
      }
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (stopped) return;
      status('reconnecting');
      timer = setTimeout(() => void connect(), delays[Math.min(attempt, delays.length - 1)]);
      attempt++;
    };
  }

  void connect();
  return () => {
    if (stopped) return;
    finish();
    const ws = socket;
    socket = null;
    if (ws && ws.readyState === 1) ws.send(JSON.stringify({ id: '1', type: 'complete' }));
    ws?.close(1000);
  };
}
