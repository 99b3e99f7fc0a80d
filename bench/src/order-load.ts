import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { formatYuan } from '@zhengcai/schema';
import { type LoadFigure, summarise } from './load.ts';
import type { OrderData } from './order-data.ts';

const PLACE = `mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNo total } }`;
export const ADDRESS = { regionCode: '330106', address: '杭州市西湖区省府路8号', recipient: '压测收货人', phone: '0571-87000000' };
export const DEMO_PASSWORD = 'Demo@2026';

export interface Buyer { unit: OrderData['units'][number]; token: string }
export interface Pick { buyer: Buyer; line: string; listing: OrderData['listings'][number] }

async function gql(url: string, tenant: string, query: string, variables: unknown, token?: string): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenant, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

/** Logs each unit's purchaser in through the API: one token per unit. */
export async function logIn(url: string, tenant: string, data: OrderData): Promise<Buyer[]> {
  const out: Buyer[] = [];
  for (const unit of data.units) {
    const r = await gql(url, tenant, `mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { accessToken } }`, { l: unit.loginName, p: DEMO_PASSWORD });
    if (!r.data) throw new Error(`login ${unit.loginName}: ${JSON.stringify(r.errors)}`);
    out.push({ unit, token: r.data.login.accessToken as string });
  }
  return out;
}

const input = (p: Pick, key: string) => ({
  listingId: p.listing.id, quantity: 1, expectedUnitPrice: formatYuan(p.listing.priceFen), budgetLineId: p.line, deliveryAddress: ADDRESS, idempotencyKey: key,
});

/** One order, checked; returns the error code when the API refused it. */
export async function placeOne(url: string, tenant: string, p: Pick): Promise<{ ok: true; id: string } | { ok: false; error: string }> {
  const r = await gql(url, tenant, PLACE, { input: input(p, randomUUID()) }, p.buyer.token);
  if (r.data?.placeOrder) return { ok: true, id: r.data.placeOrder.id as string };
  return { ok: false, error: r.errors?.map((e) => e.extensions?.code ?? e.message).join(', ') ?? 'no data' };
}

export interface OrderFigure extends LoadFigure {
  /** Orders the API confirmed during the run (orders/s is this over the seconds). */
  placed: number;
  refused: number;
  refusals: Record<string, number>;
  /** Requests cut off by the end of the run, sent again afterwards with the same key: how many, and how many of those replayed or placed an order. */
  resent: number;
  resentPlaced: number;
  /** Ids of the orders the API answered with (not written to the results). */
  orderIds?: Set<string>;
}

/**
 * placeOrder under autocannon: each connection orders as one unit (connection i → buyer
 * i mod N), every request with a fresh idempotency key and a pick from `choose`; a response
 * counts as placed only when it carries the order (GraphQL errors come with status 200).
 */
export function orderLoad(url: string, tenant: string, scenario: string, buyers: Buyer[], choose: (buyer: Buyer) => Pick, connections: number, seconds: number): Promise<OrderFigure> {
  const latencies: number[] = [];
  let next = 0;
  let placed = 0;
  const orderIds = new Set<string>();
  const refusals: Record<string, number> = {};
  type Ctx = { buyer?: Buyer; pending?: { token: string; body: string } };
  const contexts = new Set<Ctx>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', 'x-tenant': tenant },
        requests: [
          {
            method: 'POST',
            setupRequest: (req: any, context: Ctx) => {
              context.buyer ??= buyers[next++ % buyers.length];
              contexts.add(context);
              const pick = choose(context.buyer);
              const body = JSON.stringify({ query: PLACE, variables: { input: input(pick, randomUUID()) } });
              context.pending = { token: context.buyer.token, body };
              return { ...req, headers: { ...req.headers, authorization: `Bearer ${context.buyer.token}` }, body };
            },
            onResponse: (status: number, body: string, context: Ctx) => {
              context.pending = undefined;
              let code = `HTTP ${status}`;
              try {
                const json = JSON.parse(body) as { data?: { placeOrder?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
                if (json.data?.placeOrder) {
                  placed += 1;
                  orderIds.add(json.data.placeOrder.id);
                  return;
                }
                code = json.errors?.[0]?.extensions?.code ?? code;
              } catch {
                /* not JSON: counted under its status */
              }
              refusals[code] = (refusals[code] ?? 0) + 1;
            },
          } as never,
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const figure = summarise(scenario, connections, seconds, latencies, result);
        const rps = Math.round((placed / seconds) * 10) / 10;
        // The run's end cuts off requests in flight; the server may have committed them. Sending
        // each again with its key either replays its order or places it: then every key sent
        // has its answer and the order count can be checked exactly.
        resend(url, tenant, [...contexts].flatMap((c) => (c.pending ? [c.pending] : [])), orderIds).then(
          (r) => resolve({ ...figure, rps, placed, refused: Object.values(refusals).reduce((a, b) => a + b, 0), refusals, ...r, orderIds }),
          reject,
        );
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

async function resend(url: string, tenant: string, pending: { token: string; body: string }[], orderIds: Set<string>): Promise<{ resent: number; resentPlaced: number }> {
  let resentPlaced = 0;
  for (const p of pending) {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant, authorization: `Bearer ${p.token}` }, body: p.body });
    const json = (await res.json()) as { data?: { placeOrder?: { id: string } } };
    if (json.data?.placeOrder) {
      resentPlaced += 1;
      orderIds.add(json.data.placeOrder.id);
    }
  }
  return { resent: pending.length, resentPlaced };
}
