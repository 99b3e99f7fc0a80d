import type { Request } from 'express';
import type { DirectoryTenant, TenantDirectory } from './tenant-directory.service.js';

export type TenantResolution =
  | { kind: 'none' }
  | { kind: 'unknown'; hint: string }
  | { kind: 'found'; tenant: DirectoryTenant };

/**
 * The tenant a request is for: the `x-tenant` header (province code or slug) wins; otherwise
 * the first label of the host name (`zj.mall.example.cn` → `zj`). Plain `localhost` or an IP
 * address names no tenant.
 */
export function tenantHint(req: Pick<Request, 'header' | 'hostname'>): string | undefined {
  const header = req.header('x-tenant')?.trim();
  if (header) return header;
  const host = req.hostname ?? '';
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const labels = host.split('.');
  return labels.length > 1 ? labels[0] : undefined;
}

export async function resolveTenant(req: Pick<Request, 'header' | 'hostname'>, directory: TenantDirectory): Promise<TenantResolution> {
  const hint = tenantHint(req);
  if (!hint) return { kind: 'none' };
  const tenant = await directory.find(hint);
  return tenant ? { kind: 'found', tenant } : { kind: 'unknown', hint };
}
