import type { RouteRecordRaw } from 'vue-router';

/** Who prepares and runs tender projects (the API's owners of createTenderProject). */
const OWNERS = ['PURCHASER', 'AGENCY'] as const;

/**
 * Public tender notices (采购公告, 中标公告, no sign-in) and the buyer's or agency's projects up
 * to the bid deadline (采购项目).
 */
export const tenderNoticeRoutes: RouteRecordRaw[] = [
  {
    path: '/tender',
    name: 'tender-notices',
    component: () => import('../../pages/tender/notices/NoticesPage.vue'),
    meta: { title: 'notices.nav.notices', menu: { area: 'public', label: 'notices.nav.notices', order: 12 } },
  },
  {
    path: '/tender/projects/:projectId',
    name: 'tender-notice',
    component: () => import('../../pages/tender/notices/NoticePage.vue'),
    props: (route) => ({ projectId: String(route.params.projectId) }),
    meta: { title: 'notices.notice.pageTitle' },
  },
  {
    path: '/buyer/tender/projects',
    name: 'buyer-tender-projects',
    component: () => import('../../pages/tender/buyer/ProjectsPage.vue'),
    meta: { title: 'notices.nav.projects', roles: OWNERS, menu: { area: 'procurement', label: 'notices.nav.projects', order: 10 } },
  },
  {
    path: '/buyer/tender/projects/new',
    name: 'buyer-tender-project-new',
    component: () => import('../../pages/tender/buyer/ProjectFormPage.vue'),
    meta: { title: 'notices.nav.newProject', roles: OWNERS, menu: { area: 'procurement', label: 'notices.nav.newProject', order: 20 } },
  },
  {
    path: '/buyer/tender/projects/:projectId/edit',
    name: 'buyer-tender-project-edit',
    component: () => import('../../pages/tender/buyer/ProjectFormPage.vue'),
    meta: { title: 'notices.form.editTitle', roles: OWNERS },
  },
  {
    path: '/buyer/tender/projects/:projectId',
    name: 'buyer-tender-project',
    component: () => import('../../pages/tender/buyer/ProjectPage.vue'),
    props: (route) => ({ projectId: String(route.params.projectId) }),
    meta: { title: 'notices.project.pageTitle', roles: OWNERS },
  },
];
