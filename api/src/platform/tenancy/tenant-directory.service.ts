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
    // A tenant created since the last load is found at once (one row, by its key), not after the TTL.
    return this.byKey.get(key) ?? (await this.lookUp(key));
  }

  private async lookUp(key: string): Promise<DirectoryTenant | undefined> {
    const t = await this.db.publicRead((em) => em.findOne(Tenant, { $or: [{ code: key }, { slug: key }] }, { fields: ['id', 'code', 'slug', 'name', 'timeZone'] }));
    if (!t) return undefined;
    const entry = entryOf(t);
    this.byKey.set(t.code, entry);
    this.byKey.set(t.slug.toLowerCase(), entry);
    return entry;
  }

  private reload(): Promise<void> {
    this.loading ??= this.db
      .publicRead((em) => em.find(Tenant, {}, { fields: ['id', 'code', 'slug', 'name', 'timeZone'] }))
      .then((rows) => {
        const next = new Map<string, DirectoryTenant>();
        for (const t of rows) {
          const entry = entryOf(t);
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

const entryOf = (t: Pick<Tenant, 'id' | 'code' | 'slug' | 'name' | 'timeZone'>): DirectoryTenant => ({ id: t.id, code: t.code, slug: t.slug, name: t.name, timeZone: t.timeZone });
