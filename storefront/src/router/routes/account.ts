import type { RouteRecordRaw } from 'vue-router';

/** Login, the user's own account, and the refusal shown for another role's page. */
export const accountRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@zhengcai/web-kit/components/LoginPage.vue'), meta: { title: 'auth.login' } },
  { path: '/account', name: 'account', component: () => import('@zhengcai/web-kit/components/AccountPage.vue'), meta: { title: 'account.title', requiresAuth: true } },
  { path: '/forbidden', name: 'forbidden', component: () => import('@zhengcai/web-kit/components/ForbiddenPage.vue'), meta: { title: 'forbidden.title', requiresAuth: true } },
];
