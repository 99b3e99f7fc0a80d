import { menuFromRoutes, type AreaDef } from '@zhengcai/web-kit';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { accountRoutes } from './routes/account';
import { catalogRoutes } from './routes/catalog';
import { financeRoutes } from './routes/finance';
import { settingsRoutes } from './routes/settings';
import { depositRoutes } from './routes/deposits';
import { tenderRoutes } from './routes/tender';
import { inspectionRoutes } from './routes/inspection';
import { auditRoutes } from './routes/audit';
import { signalRoutes } from './routes/signals';
import { statisticsRoutes } from './routes/statistics';
import { integrityRoutes } from './routes/integrity';
import { notificationRoutes } from './routes/notifications';
import { financingRoutes } from './routes/financing';

/**
 * Areas of the console. Dashboards, inspection alerts, approvals and audit verification add
 * route modules here as they arrive; an area without pages has no menu entry.
 */
export const areas: AreaDef[] = [
  { key: 'console', label: null },
  { key: 'catalog', label: 'nav.catalog' },
  { key: 'finance', label: 'nav.finance' },
  { key: 'oversight', label: 'nav.oversight' },
  { key: 'deposits', label: 'depositAdmin.nav.area' },
];

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/settings' },
  ...settingsRoutes,
  ...catalogRoutes,
  ...financeRoutes,
  ...depositRoutes,
  ...accountRoutes,
  ...tenderRoutes,
  ...inspectionRoutes,
  ...auditRoutes,
  ...signalRoutes,
  ...statisticsRoutes,
  ...integrityRoutes,
  ...notificationRoutes,
  ...financingRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@zhengcai/web-kit/components/NotFoundPage.vue'), meta: { title: 'common.notFoundTitle' } },
];

export const menu = menuFromRoutes(routes, areas);

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
