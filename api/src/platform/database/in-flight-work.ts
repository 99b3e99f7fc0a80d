import { Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

/**
 * The database work of this process that has started and not yet ended, so that shutdown
 * closes the pool only after it. A request whose caller has gone (a search still queued for
 * its turn, a client that hung up) may reach the database after shutdown began: it is refused
 * with a reason a client can act on instead of failing on a destroyed pool.
 */
@Injectable()
export class InFlightWork {
  private active = 0;
  private closing = false;
  private emptied: (() => void) | undefined;

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) throw new AppError('SERVICE_RESTARTING');
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      if (this.active === 0) this.emptied?.();
    }
  }

  /** Work running now. */
  get running(): number {
    return this.active;
  }

  /**
   * Refuses new work from now on and waits for what runs to end, for at most `timeoutMs`.
   * Returns how much was still running when it stopped waiting (0: all of it ended).
   */
  async drain(timeoutMs: number): Promise<number> {
    this.closing = true;
    if (this.active > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (this.emptied = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    return this.active;
  }
}

/** Runs `work` counted by `inFlight`, or uncounted where a test builds a database class without one. */
export function runTracked<T>(inFlight: InFlightWork | undefined, work: () => Promise<T>): Promise<T> {
  return inFlight ? inFlight.run(work) : work();
}
