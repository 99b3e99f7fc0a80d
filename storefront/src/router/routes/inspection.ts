import type { RouteRecordRaw } from 'vue-router';

/** Price inspection in the supplier centre (供应商中心 → 价格预警). */
export const inspectionRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/price-findings',
    name: 'supplier-price-findings',
    component: () => import('../../pages/inspection/MyPriceFindingsPage.vue'),
    meta: { title: 'priceAlerts.title', roles: ['SUPPLIER'], menu: { area: 'supplier', label: 'priceAlerts.title', order: 45 } },
  },
];
