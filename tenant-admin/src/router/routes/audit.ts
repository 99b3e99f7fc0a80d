import type { RouteRecordRaw } from 'vue-router';

/** 审计日志 under 监管: the API gives the audit trail and the chain check to finance and operators. */
export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/audit',
    name: 'audit',
    component: () => import('../../pages/audit/AuditPage.vue'),
    meta: { title: 'auditLog.nav', roles: ['FINANCE', 'TENANT_OPERATOR'], menu: { area: 'oversight', label: 'auditLog.nav', order: 90 } },
  },
];
