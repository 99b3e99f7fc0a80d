import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { openBid, type OpenBidRequest, type OpenBidResult } from './bid-opening-work.js';

interface PoolThread {
  worker: Worker;
  pending: Map<number, { resolve: (r: OpenBidResult) => void; reject: (e: Error) => void }>;
}

/**
 * Opens bids on worker threads, so that an opening of a thousand bids uses the machine's other
 * cores and the API's event loop stays free for the opening room and everyone else. One thread
 * per core but one (at least one, at most four), started on first use. Running from TypeScript
 * sources (the test runner) there is no compiled worker script, so bids open inline; the pool
 * itself is tested against the compiled build.
 */
@Injectable()
export class BidOpener implements OnModuleDestroy {
  private readonly script = import.meta.url.endsWith('.js') ? new URL('./bid-opener.worker.js', import.meta.url) : null;
  private readonly size = Math.min(4, Math.max(1, availableParallelism() - 1));
  private readonly threads: PoolThread[] = [];
  private nextId = 0;

  /** True when bids open on worker threads. */
  get threaded(): boolean {
    return this.script !== null;
  }

  open(request: OpenBidRequest): Promise<OpenBidResult> {
    if (!this.script) return Promise.resolve(openBid(request));
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (thread.pending.size === 0) thread.worker.ref(); // an idle pool never keeps the process alive
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, request });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private leastBusy(): PoolThread {
    if (this.threads.length < this.size) {
      const idle = this.threads.find((t) => t.pending.size === 0);
      if (idle) return idle;
      return this.spawn();
    }
    return this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private spawn(): PoolThread {
    const thread: PoolThread = { worker: new Worker(this.script!), pending: new Map() };
    thread.worker.unref();
    thread.worker.on('message', ({ id, result, error }: { id: number; result?: OpenBidResult; error?: string }) => {
      const waiting = thread.pending.get(id);
      thread.pending.delete(id);
      if (thread.pending.size === 0) thread.worker.unref();
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(result!);
    });
    // A thread that dies fails what it held (the caller's transaction rolls back; the bidder retries) and is replaced on demand.
    const fail = (err: Error) => {
      const i = this.threads.indexOf(thread);
      if (i >= 0) this.threads.splice(i, 1);
      for (const w of thread.pending.values()) w.reject(err);
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`bid opener thread exited (${code})`)));
    this.threads.push(thread);
    return thread;
  }
}
