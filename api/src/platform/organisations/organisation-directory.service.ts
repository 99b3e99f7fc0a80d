import { Injectable } from '@nestjs/common';
import { isUuid, Organisation, OrganisationKind, Role, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../graphql/pagination.js';
import { toOrganisationView, type OrganisationView } from './organisation-view.js';

/** Longest text the supplier directory searches for (a name or a 统一社会信用代码 prefix). */
export const SUPPLIER_SEARCH_MAX = 50;
const SUPPLIER_HITS = 20;

export interface SupplierSummary { id: string; name: string; uscc: string | null }

/** Roles that see every organisation of their tenant; everyone else sees only their own. */
const SEES_ALL: readonly string[] = [Role.TenantOperator, Role.Finance];

@Injectable()
export class OrganisationDirectoryService {
  constructor(private readonly db: TenantDb) {}

  /** The tenant's organisations, oldest first (ids are time-ordered), optionally of one kind. */
  list(ctx: TenantContext, filter: { kind?: OrganisationKind | null }, page: PageArgs): Promise<Connection<OrganisationView>> {
    const first = pageSize(page);
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    if (after !== undefined && !isUuid(after)) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        Organisation,
        { ...(filter.kind ? { kind: filter.kind } : {}), ...(after ? { id: { $gt: after } } : {}) },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      );
      return toConnection(rows, first, (o) => [o.id], toOrganisationView);
    });
  }

  /**
   * Active suppliers whose name contains the text or whose 统一社会信用代码 starts with it, by
   * name (at most 20): what a buyer picks from to invite suppliers. Names and codes are public
   * in procurement; nothing else of the supplier is shown.
   */
  findSuppliers(ctx: TenantContext, search: string): Promise<SupplierSummary[]> {
    const text = search.trim();
    if ([...text].length > SUPPLIER_SEARCH_MAX) throw new AppError('SUPPLIER_SEARCH_TOO_LONG', { max: SUPPLIER_SEARCH_MAX });
    const like = text.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        Organisation,
        { kind: OrganisationKind.Supplier, active: true, ...(text ? { $or: [{ name: { $ilike: `%${like}%` } }, { uscc: { $like: `${like.toUpperCase()}%` } }] } : {}) },
        { fields: ['id', 'name', 'uscc'], orderBy: { name: 'asc', id: 'asc' }, limit: SUPPLIER_HITS },
      );
      return rows.map((o) => ({ id: o.id, name: o.name, uscc: o.uscc ?? null }));
    });
  }

  /** One organisation; not found when it is not in this tenant or not the caller's to see. */
  get(ctx: TenantContext, id: string): Promise<OrganisationView> {
    const visible = ctx.roles.some((r) => SEES_ALL.includes(r)) || id === ctx.organisationId;
    if (!isUuid(id) || !visible) return Promise.reject(new AppError('ORGANISATION_NOT_FOUND'));
    return this.db.transaction(ctx, async (em) => {
      const org = await em.findOne(Organisation, { id });
      if (!org) throw new AppError('ORGANISATION_NOT_FOUND');
      return toOrganisationView(org);
    });
  }
}
