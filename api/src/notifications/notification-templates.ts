import type { Locale } from '@zhengcai/schema';

/** A notice's text in one language: a title and a body with named {placeholders}. */
export interface TemplateText {
  readonly title: string;
  readonly body: string;
}

export interface NoticeTemplate {
  /** Every placeholder the texts may use; the dispatcher fills each from the event and its facts. */
  readonly variables: readonly string[];
  readonly 'zh-CN': TemplateText;
  readonly en: TemplateText;
}

/** One template per notified event type (docs/notifications.md). */
export const TEMPLATES = {
  'mall.order.placed': {
    variables: ['orderNo', 'buyerName', 'total', 'dueAt'],
    'zh-CN': { title: '新订单 {orderNo} 待确认', body: '{buyerName} 下了订单 {orderNo}（金额 ¥{total}），请在 {dueAt} 前确认或拒单，逾期订单将自动取消。' },
    en: { title: 'New order {orderNo} to confirm', body: '{buyerName} placed order {orderNo} (¥{total}). Confirm or reject it by {dueAt}; after that it is cancelled.' },
  },
  'mall.order.shipped': {
    variables: ['orderNo', 'supplierName', 'logisticsCompany', 'trackingNo'],
    'zh-CN': { title: '订单 {orderNo} 已发货', body: '{supplierName} 已发货（{logisticsCompany} {trackingNo}）。收货后请确认送达并在期限内验收。' },
    en: { title: 'Order {orderNo} shipped', body: '{supplierName} shipped it ({logisticsCompany} {trackingNo}). Once it arrives, mark it delivered and accept it in time.' },
  },
  'sourcing.inquiry.published': {
    variables: ['title', 'buyerName', 'deadline'],
    'zh-CN': { title: '询价邀请：{title}', body: '{buyerName} 发布了在线询价“{title}”，邀请您报价。报价截止 {deadline}，截止前可修改，逾期不再接受。' },
    en: { title: 'Inquiry invitation: {title}', body: '{buyerName} invites your quote for "{title}". Quotes close at {deadline}; you may change yours until then.' },
  },
  'oversight.price-finding.raised': {
    variables: ['listingTitle', 'deviation', 'dueAt'],
    'zh-CN': { title: '商品价格偏高：{listingTitle}', body: '价格监测发现“{listingTitle}”高于参考价 {deviation}。请在 {dueAt} 前调价或提交说明，逾期将被下架。' },
    en: { title: 'Price above reference: {listingTitle}', body: 'Price inspection found "{listingTitle}" {deviation} above its reference. Correct the price or justify it by {dueAt}, or it is delisted.' },
  },
  'tender.lot.opening-started': {
    variables: ['projectName', 'lotTitle', 'decryptBy'],
    'zh-CN': { title: '开标：请解密您的投标 —— {lotTitle}', body: '项目“{projectName}”的“{lotTitle}”已开标。请在 {decryptBy} 前用您的密钥解密投标文件，未解密的投标视为撤回。' },
    en: { title: 'Opening: decrypt your bid — {lotTitle}', body: 'The opening of "{lotTitle}" ({projectName}) has begun. Decrypt your bid with your key by {decryptBy}; a bid not decrypted counts as withdrawn.' },
  },
  'tender.panel.expert-drawn': {
    variables: ['projectName', 'lotTitle'],
    'zh-CN': { title: '您被抽取为评审专家：{lotTitle}', body: '您被随机抽取为项目“{projectName}”“{lotTitle}”的评标委员会成员。请按时参加评审；与投标人存在利害关系的，须主动回避。' },
    en: { title: 'You were drawn as an expert: {lotTitle}', body: 'You were drawn to the evaluation panel of "{lotTitle}" ({projectName}). Take part on time; declare any conflict of interest with a bidder.' },
  },
  'deposits.deposit.refunded': {
    variables: ['lotTitle', 'amount'],
    'zh-CN': { title: '投标保证金已退还：{lotTitle}', body: '“{lotTitle}”的投标保证金 ¥{amount}（含利息）已退还，请留意到账。' },
    en: { title: 'Bid deposit refunded: {lotTitle}', body: 'Your bid deposit for "{lotTitle}", ¥{amount} with interest, has been refunded.' },
  },
  'integrity.event.recorded': {
    variables: ['kind', 'points'],
    'zh-CN': { title: '诚信记录更新', body: '您的诚信档案新增一条记录（{kind}，{points} 分）。如有异议，可在诚信页面提出申诉。' },
    en: { title: 'Integrity record updated', body: 'A record was added to your integrity file ({kind}, {points} points). You may appeal it on the integrity page.' },
  },
  'reminder.order_confirm': {
    variables: ['orderNo', 'dueAt'],
    'zh-CN': { title: '截止提醒：确认订单 {orderNo}', body: '订单 {orderNo} 须在 {dueAt} 前确认或拒单，逾期将自动取消。' },
    en: { title: 'Deadline: confirm order {orderNo}', body: 'Order {orderNo} must be confirmed or rejected by {dueAt}; after that it is cancelled.' },
  },
  'reminder.price_finding': {
    variables: ['listingTitle', 'dueAt'],
    'zh-CN': { title: '截止提醒：纠正价格 —— {listingTitle}', body: '“{listingTitle}”的价格须在 {dueAt} 前调整或说明，逾期将被下架。' },
    en: { title: 'Deadline: correct the price of {listingTitle}', body: 'Correct or justify the price of "{listingTitle}" by {dueAt}, or it is delisted.' },
  },
  'reminder.bid_opening': {
    variables: ['lotTitle', 'openingAt'],
    'zh-CN': { title: '开标提醒：{lotTitle}', body: '“{lotTitle}”将于 {openingAt} 开标。请备好您的投标密钥，开标后 30 分钟内解密。' },
    en: { title: 'Opening soon: {lotTitle}', body: '"{lotTitle}" opens at {openingAt}. Have your bid key ready and decrypt within 30 minutes of the opening.' },
  },
  'financing.application.approved': {
    variables: ['contractNo', 'lenderName', 'amount'],
    'zh-CN': { title: '融资申请已批准：{contractNo}', body: '{lenderName}已批准合同 {contractNo} 的融资申请，金额 ¥{amount}。该合同的回款账户已锁定至银行指定账户。' },
    en: { title: 'Financing approved: {contractNo}', body: '{lenderName} approved financing of contract {contractNo}, ¥{amount}. Payments for the contract now go to the bank\'s designated account.' },
  },
  'financing.application.rejected': {
    variables: ['contractNo', 'lenderName', 'reason'],
    'zh-CN': { title: '融资申请未获批准：{contractNo}', body: '{lenderName}未批准合同 {contractNo} 的融资申请（{reason}）。您可以向其他银行重新申请。' },
    en: { title: 'Financing declined: {contractNo}', body: '{lenderName} declined financing of contract {contractNo} ({reason}). You may apply to another lender.' },
  },
} as const satisfies Record<string, NoticeTemplate>;

export type TemplateKey = keyof typeof TEMPLATES;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders a text uses, in order. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/**
 * Fills a text. An unknown placeholder or a missing value is a bug in the template or in
 * the catalogue's facts, which the template spec catches; at send time it throws.
 */
export function fill(text: string, declared: readonly string[], params: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => {
    if (!declared.includes(name)) throw new TemplateError(`unknown placeholder {${name}}`);
    const value = params[name];
    if (value === undefined) throw new TemplateError(`no value for {${name}}`);
    return value;
  });
}

export function render(key: string, locale: Locale, params: Readonly<Record<string, string>>): TemplateText {
  const template = (TEMPLATES as Record<string, NoticeTemplate>)[key];
  if (!template) throw new TemplateError(`no template ${key}`);
  const text = template[locale];
  return { title: fill(text.title, template.variables, params), body: fill(text.body, template.variables, params) };
}
