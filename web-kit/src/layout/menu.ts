import type { RouteRecordRaw } from 'vue-router';

/** Where a page sits in the navigation; set on a route as `meta.menu`. */
export interface MenuMeta {
  /** Area key, e.g. `public`, `mall`, `supplier`; pages of one area share a sub-menu. */
  area: string;
  /** i18n key of the menu label. */
  label: string;
  order: number;
}

export interface AreaDef {
  key: string;
  /** i18n key of the area's title; null shows the area's pages at the top level. */
  label: string | null;
}

export interface MenuItem {
  path: string;
  label: string;
  /** From the route's meta: who may see the entry (see `visibleMenu`). */
  roles?: readonly string[];
  requiresAuth?: boolean;
}
export interface MenuGroup { key: string; label: string | null; items: MenuItem[] }

declare module 'vue-router' {
  interface RouteMeta {
    menu?: MenuMeta;
    /** i18n key of the document title. */
    title?: string;
  }
}

/**
 * The navigation from the routes themselves: a page appears once its route exists, and an
 * area with no pages yet shows nothing (no placeholders).
 */
export function menuFromRoutes(routes: readonly RouteRecordRaw[], areas: readonly AreaDef[]): MenuGroup[] {
  const flat: { path: string; meta: MenuMeta; roles?: readonly string[]; requiresAuth?: boolean }[] = [];
  const walk = (list: readonly RouteRecordRaw[], prefix: string) => {
    for (const r of list) {
      const path = r.path.startsWith('/') ? r.path : `${prefix.replace(/\/$/, '')}/${r.path}`;
      if (r.meta?.menu) flat.push({ path, meta: r.meta.menu, roles: r.meta.roles, requiresAuth: r.meta.requiresAuth });
      if (r.children) walk(r.children, path);
    }
  };
  walk(routes, '/');
  return areas
    .map((area) => ({
      key: area.key,
      label: area.label,
      items: flat
        .filter((f) => f.meta.area === area.key)
        .sort((a, b) => a.meta.order - b.meta.order)
        .map((f) => ({ path: f.path, label: f.meta.label, roles: f.roles, requiresAuth: f.requiresAuth })),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * The entries this user may open: role-bound pages only for holders of one of the roles
 * (a supplier never sees the buyer's menus), signed-in pages only with a session.
 */
export function visibleMenu(groups: readonly MenuGroup[], user: { signedIn: boolean; roles: readonly string[] }): MenuGroup[] {
  const allowed = (item: MenuItem) =>
    item.roles ? user.signedIn && item.roles.some((r) => user.roles.includes(r)) : !item.requiresAuth || user.signedIn;
  return groups.map((g) => ({ ...g, items: g.items.filter(allowed) })).filter((g) => g.items.length > 0);
}
