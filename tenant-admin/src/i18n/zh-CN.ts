/** Tenant-admin messages; the English file must have the same keys (a test checks). */
export default {
  app: { name: '财政监管平台' },
  nav: {
    settings: '租户设置',
    oversight: '监管',
  },
  settings: {
    title: '{province}租户设置',
    readOnly: '只读',
    basics: '基本信息',
    name: '名称',
    code: '行政区划代码',
    slug: '域名标识',
    timeZone: '时区',
    localTime: '（当地时间 {time}）',
    currency: '币种',
    rules: '采购规则',
  },
};
