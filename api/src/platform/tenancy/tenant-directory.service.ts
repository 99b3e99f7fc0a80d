import { Injectable } from '@nestjs/common';
import { Tenant } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';

export interface DirectoryTenant {
  readonly id: string;
  readonly code: string;
  readonly slug: string;
  readonly name: string;
  readonly timeZone: string;
}

/** How long the tenant list is trusted before it is read again; tenants change rarely. */
const TTL_MS = 30_000;

/**
 * Finds the tenant a request names, by province code or slug, without a database round trip
 * on every request.
 */
@Injectable()
export class TenantDirectory {
  private byKey = new Map<string, DirectoryTenant>();
  private loadedAt = 0;
  private loading?: Promise<void>;

  constructor(private readonly db: TenantDb) {}

  async find(hint: string): Promise<DirectoryTenant | undefined> {
    const key = hint.trim().toLowerCase();
    if (Date.now() - this.loadedAt > TTL_MS) await this.reload();
    let found = this.byKey.get(key);
    // A tenant created since the last load is found at once, not after the TTL.
    if (!found && Date.now() - this.loadedAt > 1000) {
      await this.reload();
      found = this.byKey.get(key);
    }
    return found;
  }

  private reload(): Promise<void> {
    this.loading ??= this.db
      .publicRead((em) => em.find(Tenant, {}, { fields: ['id', 'code', 'slug', 'name', 'timeZone'] }))
      .then((rows) => {
        const next = new Map<string, DirectoryTenant>();
        for (const t of rows) {
          const entry = { id: t.id, code: t.code, slug: t.slug, name: t.name, timeZone: t.timeZone };
          next.set(t.code, entry);
          next.set(t.slug.toLowerCase(), entry);
        }
        this.byKey = next;
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
