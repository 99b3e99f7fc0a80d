import type { RouteRecordRaw } from 'vue-router';

const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

/**
 * The catalog in the console. The approval queue is the operator's alone (the API refuses it to
 * the finance department); the rest the finance department reads, and operators also edit.
 */
export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: '/approvals',
    name: 'approvals',
    component: () => import('../../pages/catalog/ApprovalQueuePage.vue'),
    meta: { title: 'nav.approvals', roles: ['TENANT_OPERATOR'], menu: { area: 'catalog', label: 'nav.approvals', order: 10 } },
  },
  {
    path: '/listings',
    name: 'listings',
    component: () => import('../../pages/catalog/ListingLookupPage.vue'),
    meta: { title: 'nav.listings', roles: CONSOLE_ROLES, menu: { area: 'catalog', label: 'nav.listings', order: 20 } },
  },
  {
    path: '/categories',
    name: 'categories',
    component: () => import('../../pages/catalog/CategoriesPage.vue'),
    meta: { title: 'nav.categories', roles: CONSOLE_ROLES, menu: { area: 'catalog', label: 'nav.categories', order: 30 } },
  },
  {
    path: '/standard-products',
    name: 'standard-products',
    component: () => import('../../pages/catalog/StandardProductsPage.vue'),
    meta: { title: 'nav.standardProducts', roles: CONSOLE_ROLES, menu: { area: 'catalog', label: 'nav.standardProducts', order: 40 } },
  },
  {
    path: '/suppliers',
    name: 'suppliers',
    component: () => import('../../pages/catalog/SuppliersPage.vue'),
    meta: { title: 'nav.suppliers', roles: CONSOLE_ROLES, menu: { area: 'catalog', label: 'nav.suppliers', order: 50 } },
  },
  {
    // The API gives the formula to operators alone.
    path: '/ranking',
    name: 'ranking',
    component: () => import('../../pages/catalog/RankingWeightsPage.vue'),
    meta: { title: 'nav.ranking', roles: ['TENANT_OPERATOR'], menu: { area: 'catalog', label: 'nav.ranking', order: 60 } },
  },
];
