import pg from 'pg';

/** What a listener reports to its owner. */
export interface ChannelEvents {
  /** A notice on the channel (its payload; empty when it carried none). */
  notice(payload: string): void;
  /**
   * Listening. `again` is false when the first attempt succeeded and true after a loss or a
   * failed start: notices sent while nobody listened are gone, so the owner catches up by
   * other means.
   */
  up(again: boolean): void;
  /** Not listening (the connection failed or ended); notices may be missed until `up`. */
  down(err: Error): void;
}

export interface ChannelListenerOptions {
  /** Shown in pg_stat_activity, so an operator can tell the listening connection apart. */
  applicationName?: string;
  /** Pause before each reconnection attempt. */
  retryMs?: number;
}

/**
 * One dedicated connection that LISTENs on a PostgreSQL channel and comes back after a loss,
 * trying again every `retryMs` until it is closed. PostgreSQL delivers a notice only after the
 * sending transaction commits, which is what the outbox relay and the search cache rely on.
 */
export class ChannelListener {
  private client?: pg.Client;
  private retryTimer?: NodeJS.Timeout;
  private closed = false;
  private tried = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly events: ChannelEvents,
    private readonly options: ChannelListenerOptions = {},
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Connects once; on failure reports `down` and keeps trying in the background. */
  async start(): Promise<void> {
    try {
      await this.connect();
    } catch (err) {
      this.lost(err as Error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const again = this.tried;
    this.tried = true;
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: this.options.applicationName });
    client.on('notification', (msg) => {
      if (msg.channel === this.channel) this.events.notice(msg.payload ?? '');
    });
    const drop = (err?: Error) => {
      if (this.client === client) this.lost(err ?? new Error('the listening connection ended'));
    };
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.events.up(again);
  }

  private lost(err: Error): void {
    const client = this.client;
    this.client = undefined;
    client?.end().catch(() => undefined);
    if (this.closed) return;
    this.events.down(err);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.connect().catch((e: unknown) => this.lost(e as Error));
    }, this.options.retryMs ?? 1000);
  }
}
