import { Injectable } from '@nestjs/common';
import { AppError } from '../../platform/errors/app-error.js';

/** One price as a feed gives it; the same fields as a row of the import template. */
export interface FeedPrice {
  standardProductId?: string;
  listingId?: string;
  source?: string;
  price?: string;
  observedOn?: string;
  url?: string;
}

/**
 * Where external reference prices come from (an e-commerce price site, a price bureau). The
 * product reads JSON over HTTP; another adapter (a vendor SDK, a file drop) implements this port.
 */
export abstract class ReferencePriceFeed {
  abstract read(url: string): Promise<FeedPrice[]>;
}

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * JSON over HTTP: `{ "prices": [ { "standardProductId" | "listingId", "source", "price" (yuan,
 * a string), "observedOn" (YYYY-MM-DD), "url"? } ] }` or the bare array.
 */
@Injectable()
export class HttpReferencePriceFeed extends ReferencePriceFeed {
  async read(url: string): Promise<FeedPrice[]> {
    let text: string;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error', headers: { accept: 'application/json' } });
      if (!res.ok) throw new AppError('PRICE_REFERENCE_FEED_UNAVAILABLE', { status: res.status });
      const length = Number(res.headers.get('content-length') ?? 0);
      if (length > MAX_BYTES) throw new AppError('PRICE_REFERENCE_FEED_FORMAT', { max: MAX_BYTES });
      text = await res.text();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('PRICE_REFERENCE_FEED_UNAVAILABLE', { status: 'network' });
    }
    if (text.length > MAX_BYTES) throw new AppError('PRICE_REFERENCE_FEED_FORMAT', { max: MAX_BYTES });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AppError('PRICE_REFERENCE_FEED_FORMAT', { max: MAX_BYTES });
    }
    const prices = Array.isArray(body) ? body : (body as { prices?: unknown } | null)?.prices;
    if (!Array.isArray(prices)) throw new AppError('PRICE_REFERENCE_FEED_FORMAT', { max: MAX_BYTES });
    // Every value as text, as a spreadsheet cell would be: the row checks are the template's.
    return prices.map((p) => {
      const o = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
      return { standardProductId: text(o.standardProductId), listingId: text(o.listingId), source: text(o.source), price: text(o.price), observedOn: text(o.observedOn), url: text(o.url) };
    });
  }
}
