/** Storefront messages; the English file must have the same keys (a test checks). */
export default {
  app: { name: '政府采购电子卖场' },
  nav: {
    home: '首页',
    rules: '采购规则',
    mall: '网上商城',
    supplier: '供应商中心',
  },
  home: {
    title: '欢迎使用{province}政府采购电子卖场',
    titleNoProvince: '欢迎使用政府采购电子卖场',
    intro: '采购人在此直购、询价和竞价，供应商在此参与采购，所有人都可以查阅采购规则与公告。',
    thresholds: '本省采购限额',
    directOrderMax: '直购单笔上限',
    mallSourcingMax: '卖场询价/竞价上限',
    publicTenderMin: '公开招标起点',
    allRules: '查看全部采购规则',
    chooseProvince: '选择省份',
  },
  rules: {
    title: '{province}采购规则',
    intro: '以下为本省现行的采购限额、招标、质疑投诉与保证金规则；未单独规定的，执行国家默认标准。',
  },
};
