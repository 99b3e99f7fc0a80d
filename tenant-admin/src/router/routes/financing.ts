import type { RouteRecordRaw } from 'vue-router';

/** Contract financing (政采贷): lenders, registered by operators; finance reads them and the applications. */
const BOTH = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const financingRoutes: RouteRecordRaw[] = [
  {
    path: '/lenders',
    name: 'lenders',
    component: () => import('../../pages/financing/LendersPage.vue'),
    meta: { title: 'lenders.nav', roles: BOTH, menu: { area: 'finance', label: 'lenders.nav', order: 90 } },
  },
];
