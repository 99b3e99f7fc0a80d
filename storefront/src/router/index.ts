import { menuFromRoutes, type AreaDef } from '@zhengcai/web-kit';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { accountRoutes } from './routes/account';
import { mallRoutes } from './routes/mall';
import { publicRoutes } from './routes/public';
import { supplierRoutes } from './routes/supplier';
import { tenderRoutes } from './routes/tender';
import { depositRoutes } from './routes/deposits';
import { tenderLotRoutes } from './routes/tender-lot';
import { tenderSupplierRoutes } from './routes/tender-supplier';
import { tenderNoticeRoutes } from './routes/tender-notices';
import { inspectionRoutes } from './routes/inspection';
import { integrityRoutes } from './routes/integrity';
import { sourcingRoutes } from './routes/sourcing';
import { notificationRoutes } from './routes/notifications';
import { auctionRoutes } from './routes/auction';
import { financingRoutes } from './routes/financing';

/**
 * Areas of the storefront: public pages for everyone, the mall for purchasing units, the
 * supplier centre for suppliers (with tendering), the expert workspace for evaluation experts. Entries show by `meta.roles`; an area without pages has none.
 */
export const areas: AreaDef[] = [
  { key: 'public', label: null },
  { key: 'mall', label: 'nav.mall' },
  { key: 'supplier', label: 'nav.supplier' },
  { key: 'expert', label: 'nav.expert' },
  { key: 'procurement', label: 'notices.nav.area' },
];

const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  ...mallRoutes,
  ...supplierRoutes,
  ...tenderRoutes,
  ...depositRoutes,
  ...tenderLotRoutes,
  ...tenderSupplierRoutes,
  ...tenderNoticeRoutes,
  ...inspectionRoutes,
  ...integrityRoutes,
  ...sourcingRoutes,
  ...notificationRoutes,
  ...auctionRoutes,
  ...financingRoutes,
  ...accountRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@zhengcai/web-kit/components/NotFoundPage.vue'), meta: { title: 'common.notFoundTitle' } },
];

export const menu = menuFromRoutes(routes, areas);

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
