import type zhCN from './zh-CN';

export default {
  app: { name: 'Government Procurement Mall' },
  nav: {
    home: 'Home',
    rules: 'Procurement rules',
    mall: 'Mall',
    supplier: 'Supplier centre',
    mallHome: 'Purchaser desk',
    supplierHome: 'Supplier home',
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
  mall: {
    title: 'Purchaser desk',
    unit: 'Your unit',
    routes: 'Purchase route by amount',
    routesHint: 'The limits in force in this province; the amount of a purchase decides its route.',
    upTo: 'Up to {amount}',
    between: 'Over {from}, up to {to}',
    below: 'Over {from}, below {to}',
    from: '{amount} and above',
    routeDirect: 'One-click order in the online store',
    routeSourcing: 'Mall inquiry or reverse auction',
    routeOther: 'Competitive negotiation, inquiry or another non-tender method',
    routeTender: 'Public tender',
  },
  supplier: {
    title: 'Supplier centre',
    registration: 'Registration in this province',
    name: 'Supplier name',
    since: 'Registered on',
    perProvince: 'Suppliers register in each province separately; this is your registration in {province}.',
  },
  rules: {
    title: '{province} procurement rules',
    intro: 'The purchase thresholds, tendering, challenge and deposit rules in force in this province; where the province sets none, the national defaults apply.',
  },
} satisfies typeof zhCN;
