import { menuFromRoutes, type AreaDef } from '@zhengcai/web-kit';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { publicRoutes } from './routes/public';

/**
 * Areas of the storefront. The mall (采购人) and the supplier centre (供应商中心) add route
 * modules here as their pages arrive; an area without pages has no menu entry.
 */
export const areas: AreaDef[] = [
  { key: 'public', label: null },
  { key: 'mall', label: 'nav.mall' },
  { key: 'supplier', label: 'nav.supplier' },
];

const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@zhengcai/web-kit/components/NotFoundPage.vue'), meta: { title: 'common.notFoundTitle' } },
];

export const menu = menuFromRoutes(routes, areas);

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
