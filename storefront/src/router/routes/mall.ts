import type { RouteRecordRaw } from 'vue-router';

/** The mall (网上商城) of purchasing units: purchasers and unit administrators. */
export const mallRoutes: RouteRecordRaw[] = [
  {
    path: '/mall',
    name: 'mall',
    component: () => import('../../pages/MallPage.vue'),
    meta: { title: 'nav.mallHome', roles: ['PURCHASER', 'UNIT_ADMIN'], menu: { area: 'mall', label: 'nav.mallHome', order: 10 } },
  },
];
