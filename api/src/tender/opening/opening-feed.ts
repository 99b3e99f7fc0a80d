import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PubSubEngine } from 'graphql-subscriptions';
import { REDIS } from '../../platform/redis/redis.module.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';

/**
 * Fan-out of opening-record changes through Redis, so every API process serves the watchers
 * of every opening. Publishing uses the shared connection; subscribing needs a connection of
 * its own (a subscribed ioredis connection can do nothing else), opened on first use.
 */
@Injectable()
export class OpeningFeed extends PubSubEngine implements OnModuleDestroy {
  private subscriber?: Redis;
  private readonly handlers = new Map<number, { channel: string; onMessage: (payload: unknown) => void }>();
  private nextId = 1;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(LOGGER) private readonly logger: Logger) {
    super();
  }

  static channel(tenantId: string, lotId: string): string {
    return `tender:opening:${tenantId}:${lotId}`;
  }

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
      this.subscriber?.unsubscribe(handler.channel).catch((err: Error) => this.logger.warn({ err: err.message }, 'opening feed unsubscribe failed'));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private connection(): Redis {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'opening feed connection error'));
      this.subscriber.on('message', (channel: string, message: string) => {
        const payload = JSON.parse(message) as unknown;
        for (const h of this.handlers.values()) if (h.channel === channel) h.onMessage(payload);
      });
    }
    return this.subscriber;
  }
}
