import type zhCN from './zh-CN';

export default {
  app: { name: 'Government Procurement Mall' },
  nav: {
    home: 'Home',
    rules: 'Procurement rules',
    mall: 'Mall',
    supplier: 'Supplier centre',
  },
  home: {
    title: 'Welcome to the {province} government procurement mall',
    titleNoProvince: 'Welcome to the government procurement mall',
    intro: 'Purchasing units order, run inquiries and reverse auctions here; suppliers take part; anyone can read the procurement rules and notices.',
    thresholds: 'Purchase thresholds in this province',
    directOrderMax: 'One-click order, per order up to',
    mallSourcingMax: 'Mall inquiry / auction up to',
    publicTenderMin: 'Public tender from',
    allRules: 'See all procurement rules',
    chooseProvince: 'Choose a province',
  },
  rules: {
    title: '{province} procurement rules',
    intro: 'The purchase thresholds, tendering, challenge and deposit rules in force in this province; where the province sets none, the national defaults apply.',
  },
} satisfies typeof zhCN;
