import { Injectable } from '@nestjs/common';
import { isUuid, Organisation, type OrganisationKind, Role, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../graphql/pagination.js';
import { toOrganisationView, type OrganisationView } from './organisation-view.js';

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
