import type { RouteRecordRaw } from 'vue-router';

/** Pages anyone may open without signing in. */
export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../../pages/HomePage.vue'),
    meta: { title: 'nav.home', menu: { area: 'public', label: 'nav.home', order: 10 } },
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('../../pages/SearchPage.vue'),
    meta: { title: 'nav.search', menu: { area: 'public', label: 'nav.search', order: 15 } },
  },
  {
    path: '/rules',
    name: 'rules',
    component: () => import('../../pages/RulesPage.vue'),
    meta: { title: 'nav.rules', menu: { area: 'public', label: 'nav.rules', order: 20 } },
  },
  {
    // Public for approved listings; the API decides who sees the others.
    path: '/listings/:id',
    name: 'listing',
    component: () => import('../../pages/ListingPage.vue'),
    meta: { title: 'listing.pageTitle' },
  },
];
