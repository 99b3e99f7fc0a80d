import type { RouteRecordRaw } from 'vue-router';

const BUYERS = ['PURCHASER', 'UNIT_ADMIN'] as const;

/** The mall (网上商城) of purchasing units: purchasers and unit administrators. */
export const mallRoutes: RouteRecordRaw[] = [
  {
    path: '/mall',
    name: 'mall',
    component: () => import('../../pages/MallPage.vue'),
    meta: { title: 'nav.mallHome', roles: BUYERS, menu: { area: 'mall', label: 'nav.mallHome', order: 10 } },
  },
  {
    path: '/cart',
    name: 'cart',
    component: () => import('../../pages/mall/CartPage.vue'),
    meta: { title: 'nav.cart', roles: BUYERS, menu: { area: 'mall', label: 'nav.cart', order: 20 } },
  },
  {
    path: '/orders',
    name: 'orders',
    component: () => import('../../pages/mall/OrdersPage.vue'),
    props: { side: 'buyer' },
    meta: { title: 'nav.myOrders', roles: BUYERS, menu: { area: 'mall', label: 'nav.myOrders', order: 30 } },
  },
  {
    path: '/orders/:id',
    name: 'order',
    component: () => import('../../pages/mall/OrderPage.vue'),
    props: (route) => ({ side: 'buyer', id: String(route.params.id) }),
    meta: { title: 'order.pageTitle', roles: BUYERS },
  },
];
