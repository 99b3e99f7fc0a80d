import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Tenant, TenderAward, TenderBid, TenderBidState, TenderContract, TenderLot, TenderProject, type TenantContext, isUuid,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { OCDS_LOTS_EXTENSION, type OcdsRelease, projectReleases } from './ocds-release.js';

/** Bids whose suppliers the OCDS record names as tenderers: they reached opening. */
const TENDERER_STATES = [TenderBidState.Opened, TenderBidState.Disqualified, TenderBidState.NotDecrypted, TenderBidState.Invalid];
/** Releases in one change-feed answer; the client asks again from the last date. */
const FEED_LIMIT = 500;

export interface OcdsPackage {
  uri: string;
  version: '1.1';
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; scheme?: string; uid?: string };
  releases: OcdsRelease[];
}

/** The OCDS publication of tendering: a package per project, and a per-tenant change feed. */
@Injectable()
export class OcdsService {
  constructor(private readonly db: TenantDb) {}

  /** Every release of one published project. */
  projectPackage(ctx: TenantContext, projectId: string): Promise<OcdsPackage> {
    return this.db.transaction(ctx, async (em) => {
      const project = isUuid(projectId) ? await em.findOne(TenderProject, { id: projectId, publishedAt: { $ne: null } }, { populate: ['buyer', 'agency'] }) : null;
      if (!project) throw new AppError('OCDS_PROJECT_NOT_FOUND');
      const releases = await this.releasesOf(em, ctx, [project]);
      return this.pack(em, ctx, `project:${project.id}`, releases);
    });
  }

  /** Releases of the tenant dated after `since`, oldest first (a change feed for exporters). */
  changesSince(ctx: TenantContext, since: Date): Promise<OcdsPackage> {
    return this.db.transaction(ctx, async (em) => {
      const changed = new Set<string>();
      for (const p of await em.find(TenderProject, { publishedAt: { $gt: since } }, { fields: ['id'] })) changed.add(p.id);
      for (const a of await em.find(TenderAward, { publishedAt: { $gt: since } }, { fields: ['project'] })) changed.add(a.project.id);
      for (const c of await em.find(TenderContract, { publishedAt: { $gt: since } }, { populate: ['lot'], fields: ['lot.project'] })) changed.add(c.lot.project.id);
      const projects = changed.size ? await em.find(TenderProject, { id: { $in: [...changed] } }, { populate: ['buyer', 'agency'] }) : [];
      const releases = (await this.releasesOf(em, ctx, projects))
        .filter((r) => new Date(r.date) > since)
        .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))
        .slice(0, FEED_LIMIT);
      return this.pack(em, ctx, `releases:${since.toISOString()}`, releases);
    });
  }

  private async releasesOf(em: EntityManager, ctx: TenantContext, projects: TenderProject[]): Promise<OcdsRelease[]> {
    if (!projects.length) return [];
    const ids = projects.map((p) => p.id);
    const [lots, bids, awards, contracts] = await Promise.all([
      em.find(TenderLot, { project: { $in: ids } }, { orderBy: { lotNo: 'asc' } }),
      em.find(TenderBid, { lot: { project: { $in: ids } }, state: { $in: TENDERER_STATES } }, { populate: ['supplier', 'lot'] }),
      em.find(TenderAward, { project: { $in: ids } }, { populate: ['lot', 'supplier'] }),
      em.find(TenderContract, { lot: { project: { $in: ids } }, publishedAt: { $ne: null } }, { populate: ['lot', 'award'] }),
    ]);
    return projects.flatMap((project) => projectReleases({
      tenantCode: ctx.tenantCode,
      project,
      lots: lots.filter((l) => l.project.id === project.id),
      bids: bids.filter((b) => b.lot.project.id === project.id),
      awards: awards.filter((a) => a.project.id === project.id),
      contracts: contracts.filter((c) => c.lot.project.id === project.id),
    }));
  }

  /** `uri` names the package as a URN: the platform has no single public host (each province deploys its own). */
  private async pack(em: EntityManager, ctx: TenantContext, name: string, releases: OcdsRelease[]): Promise<OcdsPackage> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const latest = releases.reduce((max, r) => (r.date > max ? r.date : max), '1970-01-01T00:00:00.000Z');
    return {
      uri: `urn:zhengcai:ocds:${tenant.code}:${name}`,
      version: '1.1',
      extensions: [OCDS_LOTS_EXTENSION],
      publishedDate: releases.length ? latest : new Date().toISOString(),
      publisher: { name: tenant.name },
      releases,
    };
  }
}
