import type { RouteRecordRaw } from 'vue-router';

const SUPPLIER = ['SUPPLIER'] as const;

/** Contract financing (政采贷) in the supplier centre. */
export const financingRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/financing',
    name: 'supplier-financing',
    component: () => import('../../pages/financing/FinancingPage.vue'),
    meta: { title: 'financing.menu', roles: SUPPLIER, menu: { area: 'supplier', label: 'financing.menu', order: 70 } },
  },
];
