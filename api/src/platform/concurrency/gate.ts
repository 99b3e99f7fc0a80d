/**
 * Lets at most `limit` calls run at once; the others wait their turn, first come first served.
 * For work that costs the database CPU: past its cores, more statements at once only slow
 * every one of them (docs/architecture.md, "Search admission").
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a gate needs a limit of at least 1, not ${limit}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so nobody overtakes it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Calls running now, and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
