import type { RouteRecordRaw } from 'vue-router';

/** The notification centre and its settings, for every signed-in user; reached from the bell. */
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
];
