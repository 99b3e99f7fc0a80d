import autocannon from 'autocannon';
import { percentile } from './machine.ts';
import { SEARCH_DOCUMENT, type SearchCase } from './scenarios.ts';

export interface LoadFigure {
  scenario: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

/** Percentiles and maximum of latencies in ms (sorted here), to a tenth. */
export function latencyFigures(latencies: number[]): { p50: number; p95: number; p99: number; max: number } {
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? NaN) };
}

/** A load run's figures from autocannon's result and the latencies of every response. */
export function summarise(scenario: string, connections: number, seconds: number, latencies: number[], result: { errors: number; timeouts: number; non2xx: number }): LoadFigure {
  return {
    scenario,
    connections,
    seconds,
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    ...latencyFigures(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const body = (c: SearchCase) => JSON.stringify({ query: SEARCH_DOCUMENT, variables: c.variables });

/** Runs autocannon with these requests in turn; latencies are collected per response for p95. */
function drive(url: string, tenant: string, scenario: string, requests: autocannon.Request[], connections: number, seconds: number): Promise<LoadFigure> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}/graphql`, connections, duration: seconds, headers: { 'content-type': 'application/json', 'x-tenant': tenant }, requests },
      (err, result) => (err ? reject(err) : resolve(summarise(scenario, connections, seconds, latencies, result))),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/** The cases in turn, over and over. */
export function load(url: string, tenant: string, scenario: string, cases: SearchCase[], connections: number, seconds: number): Promise<LoadFigure> {
  return drive(url, tenant, scenario, cases.map((c) => ({ method: 'POST' as const, body: body(c) })), connections, seconds);
}

/** Each request's body from `next` (a stream of searches). */
export function loadStream(url: string, tenant: string, scenario: string, next: () => string, connections: number, seconds: number): Promise<LoadFigure> {
  return drive(url, tenant, scenario, [{ method: 'POST' as const, setupRequest: (req: autocannon.Request) => ({ ...req, body: next() }) }], connections, seconds);
}

/** Each case once, checked: no GraphQL errors; returns what it found. */
export async function verify(url: string, tenant: string, cases: SearchCase[]): Promise<{ name: string; total: number; exact: boolean; hits: number }[]> {
  const out = [];
  for (const c of cases) {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant }, body: body(c) });
    const json = (await res.json()) as { data?: { search: { total: { value: number; exact: boolean }; nodes: unknown[] } }; errors?: unknown[] };
    if (json.errors || !json.data) throw new Error(`${c.name}: ${JSON.stringify(json.errors)}`);
    out.push({ name: c.name, total: json.data.search.total.value, exact: json.data.search.total.exact, hits: json.data.search.nodes.length });
  }
  return out;
}

/** Each case alone, one request at a time: where the time of the mix goes. */
export async function perCase(url: string, tenant: string, cases: SearchCase[], runs: number): Promise<{ name: string; p50: number; max: number }[]> {
  const out = [];
  for (const c of cases) {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant }, body: body(c) });
      await res.text();
      ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    out.push({ name: c.name, p50: Math.round(percentile(ms, 50) * 10) / 10, max: Math.round(ms[ms.length - 1] * 10) / 10 });
  }
  return out;
}

