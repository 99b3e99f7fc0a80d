import autocannon from 'autocannon';
import { type LoadFigure, summarise } from './load.ts';

/** One kind of request in a load: a fixed body, or one built per request (fresh keys, the connection's token). */
export interface Step {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Built per request; `who` is the connection's number. */
  build?: (who: number) => { body: string; token?: string };
  token?: string;
}

export interface DriveFigure extends LoadFigure {
  /** GraphQL answers with errors (they come with status 200). */
  graphqlErrors: number;
}

/**
 * autocannon over the steps, each connection cycling through them in order; latencies of every
 * response; a GraphQL answer with `errors` counts as an error like a non-2xx one.
 */
export function drive(url: string, tenant: string, scenario: string, steps: Step[], connections: number, seconds: number): Promise<DriveFigure> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let next = 0;
  type Ctx = { who?: number };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', 'x-tenant': tenant },
        requests: steps.map((s) => ({
          method: s.method ?? 'POST',
          path: s.path,
          ...(s.body ? { body: s.body } : {}),
          ...(s.token ? { headers: { 'content-type': 'application/json', 'x-tenant': tenant, authorization: `Bearer ${s.token}` } } : {}),
          ...(s.build
            ? {
                setupRequest: (req: any, ctx: Ctx) => {
                  ctx.who ??= next++;
                  const b = s.build!(ctx.who);
                  return { ...req, body: b.body, headers: { ...req.headers, ...(b.token ? { authorization: `Bearer ${b.token}` } : {}) } };
                },
              }
            : {}),
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.startsWith('{"errors"')) graphqlErrors += 1;
            else if (status === 200 && body.includes('"errors":[')) graphqlErrors += 1;
          },
        })) as never,
      },
      (err, result) => {
        if (err) return reject(err);
        const f = summarise(scenario, connections, seconds, latencies, result);
        resolve({ ...f, errors: f.errors + f.non2xx + graphqlErrors, graphqlErrors });
      },
    );
    instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => latencies.push(ms));
  });
}

/** One request as a user sends it; throws on an HTTP or GraphQL error. */
export async function send(url: string, tenant: string, step: Step, who = 0): Promise<unknown> {
  const b = step.build ? step.build(who) : { body: step.body, token: step.token };
  const res = await fetch(`${url}${step.path}`, {
    method: step.method ?? 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenant, ...(b.token ? { authorization: `Bearer ${b.token}` } : {}) },
    ...(b.body ? { body: b.body } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${step.path}: HTTP ${res.status} ${text.slice(0, 300)}`);
  const json = text.startsWith('{') ? (JSON.parse(text) as { errors?: unknown }) : {};
  if (json.errors) throw new Error(`${step.path}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}
