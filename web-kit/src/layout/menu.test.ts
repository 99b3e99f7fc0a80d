import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { menuFromRoutes, visibleMenu } from './menu';

const page = () => Promise.resolve({});
const areas = [
  { key: 'public', label: null },
  { key: 'mall', label: 'nav.mall' },
  { key: 'supplier', label: 'nav.supplier' },
];

describe('menuFromRoutes', () => {
  it('lists pages by area and order, and leaves out areas without pages', () => {
    const routes: RouteRecordRaw[] = [
      { path: '/rules', component: page, meta: { menu: { area: 'public', label: 'nav.rules', order: 20 } } },
      { path: '/', component: page, meta: { menu: { area: 'public', label: 'nav.home', order: 10 } } },
      { path: '/hidden', component: page },
    ];
    expect(menuFromRoutes(routes, areas)).toEqual([
      { key: 'public', label: null, items: [{ path: '/', label: 'nav.home' }, { path: '/rules', label: 'nav.rules' }] },
    ]);
  });

  it('builds full paths for nested routes and groups an area under its title', () => {
    const routes: RouteRecordRaw[] = [
      { path: '/mall', component: page, children: [{ path: 'orders', component: page, meta: { menu: { area: 'mall', label: 'nav.orders', order: 1 } } }] },
    ];
    expect(menuFromRoutes(routes, areas)).toEqual([{ key: 'mall', label: 'nav.mall', items: [{ path: '/mall/orders', label: 'nav.orders' }] }]);
  });
});

describe('visibleMenu', () => {
  const routes: RouteRecordRaw[] = [
    { path: '/', component: page, meta: { menu: { area: 'public', label: 'nav.home', order: 10 } } },
    { path: '/mall', component: page, meta: { roles: ['PURCHASER', 'UNIT_ADMIN'], menu: { area: 'mall', label: 'nav.mallHome', order: 10 } } },
    { path: '/supplier', component: page, meta: { roles: ['SUPPLIER'], menu: { area: 'supplier', label: 'nav.supplierHome', order: 10 } } },
    { path: '/notes', component: page, meta: { requiresAuth: true, menu: { area: 'public', label: 'nav.notes', order: 20 } } },
  ];
  const all = menuFromRoutes(routes, areas);
  const paths = (groups: ReturnType<typeof visibleMenu>) => groups.flatMap((g) => g.items.map((i) => i.path));

  it('shows a buyer the mall and never the supplier centre, and a supplier the reverse', () => {
    expect(paths(visibleMenu(all, { signedIn: true, roles: ['PURCHASER'] }))).toEqual(['/', '/notes', '/mall']);
    expect(paths(visibleMenu(all, { signedIn: true, roles: ['SUPPLIER'] }))).toEqual(['/', '/notes', '/supplier']);
  });

  it('shows a visitor only the public pages, and drops areas left empty', () => {
    const groups = visibleMenu(all, { signedIn: false, roles: [] });
    expect(paths(groups)).toEqual(['/']);
    expect(groups.map((g) => g.key)).toEqual(['public']);
  });
});
