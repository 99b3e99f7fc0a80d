import type zhCN from './zh-CN';

export default {
  app: { name: 'Procurement Oversight Console' },
  nav: {
    settings: 'Tenant settings',
    oversight: 'Oversight',
  },
  settings: {
    title: '{province} tenant settings',
    readOnly: 'Read-only',
    basics: 'Basics',
    name: 'Name',
    code: 'Division code',
    slug: 'Host-name label',
    timeZone: 'Time zone',
    localTime: ' (local time {time})',
    currency: 'Currency',
    rules: 'Procurement rules',
  },
} satisfies typeof zhCN;
