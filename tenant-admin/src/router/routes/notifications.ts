import type { RouteRecordRaw } from 'vue-router';

/** The notification centre and its settings, for every signed-in user (reached from the bell); operators' delivery list. */
export const notificationRoutes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@zhengcai/web-kit/components/NotificationCentrePage.vue'),
    props: { app: 'tenant-admin' },
    meta: { title: 'notifications.title', requiresAuth: true },
  },
  {
    path: '/notifications/settings',
    name: 'notification-preferences',
    component: () => import('@zhengcai/web-kit/components/NotificationPreferencesPage.vue'),
    meta: { title: 'notifications.preferencesTitle', requiresAuth: true },
  },
  {
    path: '/notification-deliveries',
    name: 'notification-deliveries',
    component: () => import('../../pages/notifications/DeliveriesPage.vue'),
    meta: { title: 'deliveries.title', roles: ['TENANT_OPERATOR'], menu: { area: 'console', label: 'deliveries.nav', order: 92 } },
  },
];
