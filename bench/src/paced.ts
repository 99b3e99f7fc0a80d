import http from 'node:http';
import { latencyFigures } from './load.ts';
import { seededRandom } from './search-stream.ts';

/** One rate's figures: what was asked, what came back, and the latencies from each search's due time. */
export interface PacedFigure {
  rate: number;
  clients: number;
  seconds: number;
  sent: number;
  answered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failed: number;
}

/**
 * Buyers arriving on their own clock: searches due at random moments (a Poisson stream of `rate`
 * a second, the same moments for the same seed), sent over at most `clients` connections.
 * Unlike the closed loop of autocannon, a slow answer does not hold the next search back: it
 * waits for a free connection, and that wait counts, because each latency runs from the moment
 * the search was due. So a rate the machine cannot keep up with shows as a growing p95, not as
 * fewer requests.
 */
export async function paced(url: string, tenant: string, next: () => string, clients: number, rate: number, seconds: number, seed = 1): Promise<PacedFigure> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL('/graphql', url);
  const random = seededRandom(seed);
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const inFlight = new Set<Promise<void>>();

  const ask = (due: number) => {
    const body = next();
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-tenant': tenant, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode !== 200 || text.includes('"errors"')) failed++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end(body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  const start = performance.now();
  const end = start + seconds * 1000;
  let due = start;
  for (;;) {
    due += (-Math.log(1 - random()) / rate) * 1000;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    ask(due);
    sent++;
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { rate, clients, seconds, sent, answered: latencies.length, ...latencyFigures(latencies), failed };
}

/**
 * Rates from `from`, `step` apart, until p95 passes `targetMs` twice in a row or `to` is
 * reached; returns every rate's figures. The highest rate within the target is the capacity.
 */
export async function stepRates(run: (rate: number) => Promise<PacedFigure>, from: number, step: number, to: number, targetMs: number, log: (s: string) => void): Promise<PacedFigure[]> {
  const out: PacedFigure[] = [];
  let over = 0;
  for (let rate = from; rate <= to && over < 2; rate += step) {
    const f = await run(rate);
    log(`  ${rate}/s: ${f.answered} answered, p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms${f.failed ? `, ${f.failed} failed` : ''}`);
    out.push(f);
    over = f.p95 > targetMs ? over + 1 : 0;
  }
  return out;
}

/** The highest rate whose p95 stayed within the target, or 0. */
export function capacity(figures: readonly PacedFigure[], targetMs: number): number {
  return Math.max(0, ...figures.filter((f) => f.p95 <= targetMs && f.failed === 0).map((f) => f.rate));
}
