import { Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';
import { LOGGER, type Logger } from '../logging/logging.module.js';

/** A live subscription: messages queue up until read; `close` ends it. */
export interface FeedListener<T> extends AsyncIterable<T> {
  /** Messages received and not yet read. */
  drain(): T[];
  /** Waits for the next message (resolves at once when one is queued). */
  next(): Promise<void>;
  close(): void;
}

/**
 * Fan-out of live changes (the bid opening record, auction rooms) through Redis, so every API
 * process serves the watchers of every channel. Publishing uses the shared connection;
 * subscribing needs a connection of its own (a subscribed ioredis connection can do nothing
 * else), opened on first use.
 */
@Injectable()
export class RedisFeed implements OnModuleDestroy {
  private subscriber?: Redis;
  private readonly handlers = new Map<number, { channel: string; onMessage: (payload: unknown) => void }>();
  private nextId = 1;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(LOGGER) private readonly logger: Logger) {}

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.redis.publish(channel, JSON.stringify(payload));
  }

  /** Resolves once Redis confirms the subscription: nothing published after that is missed. */
  async subscribe(channel: string, onMessage: (payload: unknown) => void): Promise<number> {
    const subscriber = this.connection();
    const id = this.nextId++;
    const listening = [...this.handlers.values()].some((h) => h.channel === channel);
    this.handlers.set(id, { channel, onMessage });
    if (!listening) await subscriber.subscribe(channel);
    return id;
  }

  unsubscribe(id: number): void {
    const handler = this.handlers.get(id);
    this.handlers.delete(id);
    if (handler && ![...this.handlers.values()].some((h) => h.channel === handler.channel)) {
      this.subscriber?.unsubscribe(handler.channel).catch((err: Error) => this.logger.warn({ err: err.message }, 'live feed unsubscribe failed'));
    }
  }

  /**
   * Subscribes and queues what arrives. Read the current state from the database only after
   * this resolves: a change committed meanwhile then arrives here, never falls in between.
   */
  async listen<T>(channel: string): Promise<FeedListener<T>> {
    const queue: T[] = [];
    let wake: (() => void) | undefined;
    const id = await this.subscribe(channel, (payload) => {
      queue.push(payload as T);
      wake?.();
    });
    const listener: FeedListener<T> = {
      drain: () => queue.splice(0),
      next: () => (queue.length ? Promise.resolve() : new Promise<void>((resolve) => { wake = resolve; })).then(() => { wake = undefined; }),
      close: () => this.unsubscribe(id),
      async *[Symbol.asyncIterator]() {
        for (;;) {
          await listener.next();
          yield* listener.drain();
        }
      },
    };
    return listener;
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private connection(): Redis {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'live feed connection error'));
      this.subscriber.on('message', (channel: string, message: string) => {
        const payload = JSON.parse(message) as unknown;
        for (const h of this.handlers.values()) if (h.channel === channel) h.onMessage(payload);
      });
    }
    return this.subscriber;
  }
}

/** One feed (one subscriber connection) per process, shared by every context that goes live. */
@Module({ providers: [RedisFeed], exports: [RedisFeed] })
export class LiveModule {}
