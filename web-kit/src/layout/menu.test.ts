import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { menuFromRoutes } from './menu';

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
