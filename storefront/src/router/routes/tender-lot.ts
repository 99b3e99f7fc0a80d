import type { RouteRecordRaw } from 'vue-router';

/** Whoever owns tender projects: the buyer's purchasers and unit admins, and agencies. */
const OWNERS = ['PURCHASER', 'UNIT_ADMIN', 'AGENCY'] as const;
/** Contract signers on the buyer's side (the API gives signing to the purchasing unit). */
const SIGNERS = ['PURCHASER', 'UNIT_ADMIN'] as const;

/** The buyer's / agency's lot workspace after the bid deadline, and the buyer's signing key. */
export const tenderLotRoutes: RouteRecordRaw[] = [
  {
    path: '/buyer/tender/lots/:lotId',
    name: 'buyer-tender-lot',
    component: () => import('../../pages/tender/lot/LotWorkspacePage.vue'),
    props: (route) => ({ lotId: String(route.params.lotId) }),
    meta: { title: 'lot.pageTitle', roles: OWNERS },
  },
  {
    // The supplier's key page serves buyers too: contracts are signed with the same kind of key.
    path: '/buyer/tender/key',
    name: 'buyer-tender-key',
    component: () => import('../../pages/tender/SigningKeyPage.vue'),
    meta: { title: 'lot.navSigningKey', roles: SIGNERS, menu: { area: 'mall', label: 'lot.navSigningKey', order: 90 } },
  },
];
