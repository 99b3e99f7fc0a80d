/** The demo provinces every local run and journey test starts with. */
export const DEMO_TENANTS = [
  { code: '330000', slug: 'zj', name: '浙江省' },
  { code: '500000', slug: 'cq', name: '重庆市' },
  { code: '450000', slug: 'gx', name: '广西壮族自治区' },
] as const;
