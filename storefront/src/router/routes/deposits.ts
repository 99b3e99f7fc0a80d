import type { RouteRecordRaw } from 'vue-router';

const SUPPLIER = ['SUPPLIER'] as const;

/** Bid deposits and electronic guarantees in the supplier centre; other pages link here with `?lotId=`. */
export const depositRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/deposits',
    name: 'supplier-deposits',
    component: () => import('../../pages/deposits/MyDepositsPage.vue'),
    meta: { title: 'deposits.menu', roles: SUPPLIER, menu: { area: 'supplier', label: 'deposits.menu', order: 60 } },
  },
];
