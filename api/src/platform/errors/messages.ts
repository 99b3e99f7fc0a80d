import type { Locale } from '@zhengcai/schema';
import { ErrorCode } from './error-code.js';

type Params = Record<string, string | number>;
// Chinese names of catalog codes that messages mention; English messages use the codes.
const LISTING_STATE_ZH: Params = { draft: '草稿', submitted: '待审核', approved: '已上架', rejected: '已驳回', delisted: '已下架' };
const LISTING_ACTION_ZH: Params = {
  edit: '修改', submit: '提交审核', approve: '审核通过', reject: '驳回', delist: '下架', resubmit: '重新提交', change_price: '调价', change_stock: '调整库存',
};
const POLICY_TAG_ZH: Params = {
  energy_saving: '节能产品', environmental_label: '环境标志产品', first_of_kind: '首台套', sme: '中小企业',
  prison_enterprise: '监狱企业', disability_welfare: '残疾人福利性单位', rural_revitalization: '乡村振兴（832）',
};
const PAYMENT_STATE_ZH: Params = { pending: '待支付', awaiting_approval: '待财政审批', succeeded: '已支付', failed: '支付失败', closed: '已关闭', rejected: '已驳回' };
const PAYMENT_ACTION_ZH: Params = { succeed: '确认支付成功', fail: '标记失败', close: '关闭', approve: '审批通过', reject: '驳回' };
const FIN_STATE_ZH: Params = { applied: '已申请', approved: '已批准', rejected: '已拒绝', disbursed: '已放款', repaid: '已还款' };
const FIN_ACTION_ZH: Params = { approve: '批准', reject: '拒绝', disburse: '放款', repay: '还款' };
const ORDER_STATE_ZH: Params = {
  placed: '待确认', confirmed: '已确认', rejected: '已拒单', shipped: '已发货', delivered: '已送达', accepted: '已验收', invoiced: '已开票',
  paid: '已付款', closed: '已关闭', cancelled: '已取消',
};
const ORDER_ACTION_ZH: Params = {
  confirm: '确认订单', reject: '拒单', cancel: '取消', ship: '发货', deliver: '确认送达', accept: '验收', refuse_acceptance: '拒绝验收',
  invoice: '开票', pay: '付款', close: '关闭',
};
const ROUTE_ZH: Params = { ONLINE_INQUIRY: '在线询价或反向竞价', NON_TENDER_METHODS: '非招标方式（询价、竞争性谈判、竞争性磋商等）', PUBLIC_TENDER: '公开招标' };
const INQUIRY_STATE_ZH: Params = { published: '报价中', closed: '待确认成交', awarded: '已成交', failed: '询价失败', cancelled: '已撤销' };
const INQUIRY_ACTION_ZH: Params = { quote: '报价', close: '截止报价', fail: '判定失败', cancel: '撤销', pass_over: '放弃成交候选', award: '确认成交' };
const INQUIRY_ROUTE_ZH: Params = { DIRECT_ORDER: '网上超市直购', NON_TENDER_METHODS: '非招标方式（询价、竞争性谈判、竞争性磋商等）', PUBLIC_TENDER: '公开招标' };
const QUOTE_INELIGIBLE_ZH: Params = { category: '贵单位在该品目下没有在售商品', blocked: '贵单位因诚信状况暂停参与采购', own: '不能对本单位发起的询价报价' };
const TENDER_PROJECT_STATE_ZH: Params = { draft: '草稿', published: '已发布', completed: '已结束', cancelled: '已终止' };
const TENDER_PROJECT_ACTION_ZH: Params = { publish: '发布公告', amend: '澄清或修改', complete: '结束项目', cancel: '终止项目' };
const TENDER_LOT_STATE_ZH: Params = {
  draft: '草稿', bidding: '投标中', opening: '开标中', evaluating: '评标中', recommended: '待确认中标', awarded: '已公告中标',
  contracted: '已签合同', failed: '已流标/废标', cancelled: '已终止',
};
const TENDER_LOT_ACTION_ZH: Params = {
  publish: '发布', close_bidding: '截止投标', conclude_opening: '结束开标', finish_evaluation: '完成评标', confirm_award: '确认中标',
  sign_contract: '签订合同', fail: '流标/废标', cancel: '终止',
};
const TENDER_BID_STATE_ZH: Params = {
  submitted: '已递交（密封）', withdrawn: '已撤回', replaced: '已被替换', opened: '已解密', not_decrypted: '未解密（视为撤回）', invalid: '无效（校验失败）', disqualified: '审查不通过',
};
const TENDER_BID_ACTION_ZH: Params = { withdraw: '撤回', replace: '替换', open: '解密', fail_decryption: '判定未解密', void: '判定无效', disqualify: '判定审查不通过' };
const PROCUREMENT_KIND_ZH: Params = { goods: '货物', services: '服务', works: '工程' };
const PROCUREMENT_METHOD_ZH: Params = {
  public_tender: '公开招标', invited_tender: '邀请招标', competitive_negotiation: '竞争性谈判', competitive_consultation: '竞争性磋商', inquiry: '询价', single_source: '单一来源',
};
const DEPOSIT_STATE_ZH: Params = { due: '待缴纳', held: '已缴纳', refunded: '已退还', forfeited: '已没收', challenged: '没收异议中', applied: '已抵作价款' };
const DEPOSIT_ACTION_ZH: Params = { apply: '抵作价款', pay: '缴纳', refund: '退还', forfeit: '没收', challenge: '提出异议', uphold_challenge: '支持异议', dismiss_challenge: '驳回异议' };
const PRICE_FINDING_STATE_ZH: Params = { open: '待更正', justified: '已说明待审核', dismissed: '已驳回', corrected: '已更正', delisted: '已下架' };
const PRICE_FINDING_ACTION_ZH: Params = { justify: '提交说明', dismiss: '驳回', reopen: '重新打开', correct: '标记更正', delist: '下架' };
const AUCTION_STATE_ZH: Params = { scheduled: '未开始', live: '竞价中', ended: '已结束', awarded: '已成交', failed: '流拍', cancelled: '已取消' };
const AUCTION_ACTION_ZH: Params = { start: '开始', end: '结束', award: '确定成交', fail: '判定流拍', cancel: '取消' };
const label = (labels: Params, code: string | number) => String(labels[code] ?? code);
// Input fields that messages name, by the last segment of the field path (policyTags[0].issuer → issuer).
const FIELD_ZH: Params = {
  title: '商品名称', description: '商品描述', brand: '品牌', model: '型号', name: '名称', stock: '库存', warrantyMonths: '质保期',
  certificateNo: '证书编号', issuer: '发证机构', validUntil: '证书有效期', code: '编码', reason: '原因', budget: '预算金额（最高限价）',
  qualification: '资格要求', scope: '采购内容', fileName: '文件名', body: '内容',
};
const FIELD_EN: Params = {
  title: 'Title', description: 'Description', brand: 'Brand', model: 'Model', name: 'Name', stock: 'Stock', warrantyMonths: 'Warranty (months)',
  certificateNo: 'Certificate number', issuer: 'Issuer', validUntil: 'Certificate valid until', code: 'Code', reason: 'Reason', budget: 'Budget (ceiling price)',
  qualification: 'Qualification', scope: 'Scope', fileName: 'File name', body: 'Text',
};
const fieldLabel = (labels: Params, field: string | number | undefined) => {
  const last = String(field ?? '').split('.').pop()!.replace(/\[\d+\]$/, '');
  return String(labels[last] ?? last);
};

type Message = { code: ErrorCode; 'zh-CN': (p: Params) => string; en: (p: Params) => string };

/**
 * Every specific failure the API reports: its code and what a person reads, in each
 * supported language. A reason names what went wrong; the code says which kind it is.
 */
export const MESSAGES = {
  TENANT_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '请指定租户：使用省份域名访问，或在请求头 x-tenant 中填写省份代码（如 330000）。',
    en: () => 'No tenant given: use the province host name, or send the province code (e.g. 330000) in the x-tenant header.',
  },
  TENANT_UNKNOWN: {
    code: ErrorCode.NotFound,
    'zh-CN': (p) => `租户“${p.hint}”不存在，请检查省份代码或域名。`,
    en: (p) => `There is no tenant "${p.hint}": check the province code or host name.`,
  },
  PAGE_SIZE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `每页条数 first 须在 1 到 ${p.max} 之间，收到 ${p.actual}。`,
    en: (p) => `first must be between 1 and ${p.max}; got ${p.actual}.`,
  },
  INVALID_CURSOR: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '分页游标 after 无效，请使用上一页返回的 endCursor。',
    en: () => 'The after cursor is not valid: pass the endCursor of the previous page.',
  },
  MONEY_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `金额“${p.value}”格式不正确，请以字符串填写元，最多两位小数，如 "1234.50"。`,
    en: (p) => `The amount "${p.value}" is not valid: give yuan as a string with up to two decimals, e.g. "1234.50".`,
  },
  QUERY_TOO_DEEP: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询嵌套 ${p.actual} 层，超过上限 ${p.max} 层，请拆分查询。`,
    en: (p) => `The query is nested ${p.actual} levels deep; the limit is ${p.max}. Split it into smaller queries.`,
  },
  TOO_MANY_ALIASES: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询使用了 ${p.actual} 个别名，超过上限 ${p.max} 个。`,
    en: (p) => `The query uses ${p.actual} aliases; the limit is ${p.max}.`,
  },
  QUERY_TOO_COSTLY: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询估算成本 ${p.actual} 超过上限 ${p.max}，请减少每页条数或字段。`,
    en: (p) => `The query's estimated cost is ${p.actual}; the limit is ${p.max}. Ask for fewer items or fields.`,
  },
  BATCH_TOO_LARGE: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `一次批量请求包含 ${p.actual} 个操作，超过上限 ${p.max} 个。`,
    en: (p) => `The batch holds ${p.actual} operations; the limit is ${p.max}.`,
  },
  DOCUMENT_TOO_LARGE: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `查询文本长 ${p.actual} 个字符，超过上限 ${p.max} 个。`,
    en: (p) => `The query text is ${p.actual} characters long; the limit is ${p.max}.`,
  },
  QUEUE_BOARD_SIGN_IN: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '请先以运维人员身份登录，再打开任务队列面板。',
    en: () => 'Sign in as an operator to open the job queue board.',
  },
  QUEUE_BOARD_FORBIDDEN: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => '只有平台运维人员可以查看任务队列面板。',
    en: () => 'Only platform operators may open the job queue board.',
  },
  USCC_LENGTH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统一社会信用代码应为 18 位，收到 ${p.length} 位。`,
    en: (p) => `A unified social credit code has 18 characters; got ${p.length}.`,
  },
  USCC_CHARACTER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统一社会信用代码第 ${p.position} 位“${p.character}”不是允许的字符（数字或除 I、O、S、V、Z 以外的大写字母）。`,
    en: (p) => `Character ${p.position} of the unified social credit code, "${p.character}", is not allowed (digits and capital letters except I, O, S, V, Z).`,
  },
  USCC_CHECK_CHARACTER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统一社会信用代码校验码（第 18 位）不正确：应为 ${p.expected}，收到 ${p.actual}，请核对营业执照。`,
    en: (p) => `The check character (18th) of the unified social credit code is wrong: expected ${p.expected}, got ${p.actual}. Check the business licence.`,
  },
  USCC_ORGANISATION_CODE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统一社会信用代码中的组织机构代码（第 9–17 位）校验不通过：第 17 位应为 ${p.expected}，收到 ${p.actual}。`,
    en: (p) => `The organisation code inside the unified social credit code (characters 9–17) fails its check: the 17th should be ${p.expected}, got ${p.actual}.`,
  },
  USCC_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '采购单位和供应商必须填写统一社会信用代码。',
    en: () => 'Purchasing units and suppliers must give a unified social credit code.',
  },
  USCC_TAKEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `统一社会信用代码 ${p.uscc} 已在本省登记。`,
    en: (p) => `The unified social credit code ${p.uscc} is already registered in this province.`,
  },
  NAME_LENGTH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `名称须为 2 到 ${p.max} 个字符。`,
    en: (p) => `A name has 2 to ${p.max} characters.`,
  },  LEGAL_REPRESENTATIVE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写单位负责人（法定代表人）姓名，2 到 32 个字。`,
    en: () => `Enter the legal representative's name, 2 to 32 characters.`,
  },
  CONTACT_PHONE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `联系电话须为 11 位手机号，或带区号的固定电话（如 0571-87654321）。`,
    en: () => `The contact phone must be an 11-digit mobile number or a landline with its area code (e.g. 0571-87654321).`,
  },

  ORGANISATION_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => '找不到该单位。',
    en: () => 'There is no such organisation.',
  },
  LOGIN_NAME_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '登录名须为 3 到 64 位，以字母或数字开头，只含字母、数字和 . _ @ -。',
    en: () => 'A login name has 3 to 64 characters, starts with a letter or digit, and uses only letters, digits and . _ @ -.',
  },
  LOGIN_NAME_TAKEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `登录名“${p.loginName}”已被使用。`,
    en: (p) => `The login name "${p.loginName}" is taken.`,
  },
  PASSWORD_TOO_WEAK: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `密码须为 ${p.min} 到 ${p.max} 个字符，并同时包含字母和数字。`,
    en: (p) => `A password has ${p.min} to ${p.max} characters and contains both letters and digits.`,
  },
  ROLES_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '用户至少要有一个角色。',
    en: () => 'A user needs at least one role.',
  },
  ROLE_NOT_ALLOWED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `角色 ${p.role} 不能授予“${p.kind}”类单位的用户（允许：${p.allowed}）。`,
    en: (p) => `The role ${p.role} cannot be given to a user of a ${p.kind} organisation (allowed: ${p.allowed}).`,
  },
  EXPERT_PROFILE_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '评审专家须填写专家资料（职称、工作单位、可评审品目）。',
    en: () => 'An evaluation expert needs a profile: title, employer and the categories they evaluate.',
  },
  EXPERT_PROFILE_UNEXPECTED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '只有评审专家角色的用户才有专家资料。',
    en: () => 'Only users with the expert role have an expert profile.',
  },
  CATEGORY_CODE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `品目编码“${p.code}”格式不正确，应如 A02010104。`,
    en: (p) => `The category code "${p.code}" is not valid; it looks like A02010104.`,
  },
  INVALID_CREDENTIALS: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '登录名或密码不正确。',
    en: () => 'Wrong login name or password.',
  },
  ACCOUNT_DISABLED: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => '该账号或其所在单位已停用，请联系平台运营方。',
    en: () => 'This account or its organisation is disabled; contact the platform operator.',
  },
  LOGIN_RATE_LIMITED: {
    code: ErrorCode.RateLimited,
    'zh-CN': (p) => `登录失败次数过多，请在 ${p.retryAfterSeconds} 秒后（${p.retryAt} 之后）再试。`,
    en: (p) => `Too many failed logins; try again in ${p.retryAfterSeconds} seconds (after ${p.retryAt}).`,
  },
  AUTHENTICATION_REQUIRED: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '请先登录。',
    en: () => 'Please log in first.',
  },
  ACCESS_TOKEN_EXPIRED: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '登录已过期，请用刷新令牌续期或重新登录。',
    en: () => 'The access token has expired: refresh the session or log in again.',
  },
  ACCESS_TOKEN_INVALID: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '访问令牌无效，请重新登录。',
    en: () => 'The access token is not valid; log in again.',
  },
  SESSION_INVALID: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '会话无效或已过期，请重新登录。',
    en: () => 'The session is not valid or has expired; log in again.',
  },
  SESSION_REVOKED: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '会话已结束（已退出或令牌被重复使用），请重新登录。',
    en: () => 'The session has ended (logged out, or a token was reused); log in again.',
  },
  REFRESH_TOKEN_REUSED: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '刷新令牌已被使用过，为安全起见该会话已全部注销，请重新登录。',
    en: () => 'This refresh token was already used; for safety the whole session has been revoked. Log in again.',
  },
  TENANT_MISMATCH: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => '令牌所属省份与本次请求的省份不一致。',
    en: () => 'The token belongs to another province than the one this request is for.',
  },
  ROLE_FORBIDDEN: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `您的角色无权执行“${p.operation}”。`,
    en: (p) => `Your roles do not allow "${p.operation}".`,
  },
  ACCESS_NOT_DECLARED: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `操作“${p.operation}”未声明访问规则，已拒绝。`,
    en: (p) => `The operation "${p.operation}" declares no access rule and is refused.`,
  },
  SETTING_OUT_OF_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${p.label}”须在 ${p.min} 至 ${p.max} 之间（国家规定的范围，省级只能从严），收到 ${p.actual}。`,
    en: (p) => `"${p.label}" must be between ${p.min} and ${p.max} (the national range; a province may only be stricter); got ${p.actual}.`,
  },
  SETTING_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${p.label}”的值无效${p.field === 'inspection.referenceFeedUrl' ? '：请填写 http 或 https 地址，或留空' : ''}。`,
    en: (p) => `"${p.label}" is not valid${p.field === 'inspection.referenceFeedUrl' ? ': give an http or https address, or leave it empty' : ''}.`,
  },
  SETTING_ORDER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${p.label}”不能小于“${p.belowLabel}”。`,
    en: (p) => `"${p.label}" cannot be less than "${p.belowLabel}".`,
  },
  CALENDAR_DATE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `日期“${p.value}”无效，请按 YYYY-MM-DD 填写 2000 至 2100 年间的日期。`,
    en: (p) => `"${p.value}" is not a valid date: use YYYY-MM-DD between 2000 and 2100.`,
  },
  CALENDAR_WORKDAY_ON_WEEKDAY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${p.day} 本来就是工作日，调休上班日只能设在周六或周日。`,
    en: (p) => `${p.day} is a working day already: a make-up working day must fall on a Saturday or Sunday.`,
  },
  CALENDAR_NAME_LENGTH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '节假日名称须为 1 到 32 个字符。',
    en: () => 'A holiday name has 1 to 32 characters.',
  },
  CATEGORY_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': (p) => `品目“${p.code}”不存在，请从品目目录中选择。`,
    en: (p) => `There is no category "${p.code}": choose one from the category list.`,
  },
  CATEGORY_CODE_TAKEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `品目编码 ${p.code} 已存在。`,
    en: (p) => `The category code ${p.code} exists already.`,
  },
  CATEGORY_PARENT_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `品目编码 ${p.code} 须由上级编码 ${p.parentCode} 加两位数字组成。`,
    en: (p) => `The category code ${p.code} must be its parent code ${p.parentCode} followed by two digits.`,
  },
  STANDARD_PRODUCT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该标准商品。`,
    en: () => `There is no such standard product.`,
  },
  STANDARD_PRODUCT_TAKEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `品牌“${p.brand}”型号“${p.model}”的标准商品已存在。`,
    en: (p) => `A standard product of brand "${p.brand}", model "${p.model}" exists already.`,
  },
  STANDARD_PRODUCT_CATEGORY_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `标准商品属于品目 ${p.productCategory}，与所填品目 ${p.code} 不一致。`,
    en: (p) => `The standard product belongs to category ${p.productCategory}, not ${p.code}.`,
  },
  SPEC_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `规格参数须为不重复的名称（1–32 字）和取值（1–128 字），最多 50 项。`,
    en: () => `Specification attributes are unique names (1–32 characters) with values (1–128), at most 50.`,
  },
  LISTING_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该商品。`,
    en: () => `There is no such listing.`,
  },
  LISTING_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `商品当前状态为“${label(LISTING_STATE_ZH, p.state)}”，不能执行“${label(LISTING_ACTION_ZH, p.action)}”。`,
    en: (p) => `The listing is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  TEXT_LENGTH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${fieldLabel(FIELD_ZH, p.field)}”须为 ${p.min} 到 ${p.max} 个字符，收到 ${p.actual} 个。`,
    en: (p) => `"${fieldLabel(FIELD_EN, p.field)}" has ${p.min} to ${p.max} characters; got ${p.actual}.`,
  },
  TEXT_CONTROL_CHARACTERS: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${fieldLabel(FIELD_ZH, p.field)}”含有不可见的控制字符，请删除后重试。`,
    en: (p) => `"${fieldLabel(FIELD_EN, p.field)}" contains invisible control characters; remove them.`,
  },
  PRICE_NOT_POSITIVE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `价格须大于 0，收到 ${p.value}。`,
    en: (p) => `The price must be above 0; got ${p.value}.`,
  },
  PRICE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `价格“${p.value}”格式不正确，请填写元，最多两位小数，如 1234.50。`,
    en: (p) => `The price "${p.value}" is not valid: give yuan with up to two decimals, e.g. 1234.50.`,
  },
  PRICE_TOO_HIGH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `价格不能超过 ${p.max} 元。`,
    en: (p) => `The price cannot exceed ${p.max} yuan.`,
  },
  STOCK_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `库存须为 0 到 ${p.max} 之间的整数，收到 ${p.value}。`,
    en: (p) => `Stock is a whole number from 0 to ${p.max}; got ${p.value}.`,
  },
  WARRANTY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `质保期须为 0 到 ${p.max} 之间的整数（月），收到 ${p.value}。`,
    en: (p) => `The warranty is a whole number of months from 0 to ${p.max}; got ${p.value}.`,
  },
  REGIONS_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请至少填写一个配送区域（6 位行政区划代码），最多 ${p.max} 个。`,
    en: (p) => `Give at least one delivery region (six-digit region code), at most ${p.max}.`,
  },
  REGION_CODE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `配送区域“${p.value}”不是 6 位行政区划代码（GB/T 2260），如 330100。`,
    en: (p) => `The delivery region "${p.value}" is not a six-digit region code (GB/T 2260) such as 330100.`,
  },
  IMAGE_URL_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `图片地址“${p.value}”无效：须为 https 地址，不超过 500 个字符。`,
    en: (p) => `The image address "${p.value}" is not valid: use an https URL of at most 500 characters.`,
  },
  TOO_MANY_IMAGES: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `图片最多 ${p.max} 张。`,
    en: (p) => `At most ${p.max} images.`,
  },
  POLICY_TAG_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `政策标签“${p.value}”无法识别，可选：${p.allowed}。`,
    en: (p) => `The policy tag "${p.value}" is unknown; choose from: ${p.allowed}.`,
  },
  POLICY_TAG_DUPLICATE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `政策标签“${label(POLICY_TAG_ZH, p.tag)}”重复填写。`,
    en: (p) => `The policy tag "${p.tag}" is given twice.`,
  },
  POLICY_CERTIFICATE_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${label(POLICY_TAG_ZH, p.tag)}”须填写证书编号、发证机构和有效期。`,
    en: (p) => `"${p.tag}" needs a certificate number, its issuer and its expiry date.`,
  },
  POLICY_CERTIFICATE_EXPIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${label(POLICY_TAG_ZH, p.tag)}”证书已于 ${p.validUntil} 过期（今天是 ${p.today}）。`,
    en: (p) => `The "${p.tag}" certificate expired on ${p.validUntil} (today is ${p.today}).`,
  },
  DATE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `日期“${p.value}”无效，请按 YYYY-MM-DD 填写。`,
    en: (p) => `"${p.value}" is not a valid date: use YYYY-MM-DD.`,
  },
  SME_NOT_DECLARED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `供应商尚未声明为中型、小型或微型企业，不能使用“中小企业”标签。`,
    en: () => `The supplier has not declared itself a medium, small or micro enterprise, so the SME tag cannot be used.`,
  },
  ENERGY_SAVING_CERTIFICATE_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `品目“${p.category}”属于节能产品强制采购范围，须有有效的节能产品认证证书。`,
    en: (p) => `The category "${p.category}" is on the mandatory energy-saving list: the listing needs a valid energy-saving certificate.`,
  },
  SUPPLIER_BLOCKED: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `您的单位因诚信状况被限制，暂不能提交商品，请联系平台运营方。`,
    en: () => `Your organisation is blocked for its integrity record and cannot submit listings; contact the platform operator.`,
  },
  SUPPLIER_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该供应商。`,
    en: () => `There is no such supplier.`,
  },
  REASON_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请填写原因（2 到 ${p.max} 个字符）。`,
    en: (p) => `Give a reason (2 to ${p.max} characters).`,
  },
  UPLOAD_TOO_LARGE: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `上传文件 ${p.actual} 字节，超过上限 ${p.max} 字节，请分批上传。`,
    en: (p) => `The file has ${p.actual} bytes; the limit is ${p.max}. Upload it in parts.`,
  },
  UPLOAD_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `无法读取文件“${p.fileName}”：请使用下载的模板，保存为 .xlsx 或 UTF-8 编码的 .csv。`,
    en: (p) => `The file "${p.fileName}" cannot be read: use the template, saved as .xlsx or UTF-8 .csv.`,
  },
  UPLOAD_HEADER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `文件首行缺少列：${p.missing}。请使用下载的模板。`,
    en: (p) => `The first row lacks the columns: ${p.missing}. Use the template.`,
  },
  UPLOAD_EMPTY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `文件中没有商品数据行。`,
    en: () => `The file holds no listing rows.`,
  },
  UPLOAD_TOO_MANY_ROWS: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `文件有 ${p.actual} 行数据，超过上限 ${p.max} 行，请分批上传。`,
    en: (p) => `The file has ${p.actual} rows; the limit is ${p.max}. Upload it in parts.`,
  },
  UPLOAD_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该上传记录。`,
    en: () => `There is no such upload.`,
  },
  INTEGER_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${fieldLabel(FIELD_ZH, p.field)}”须为整数，收到“${p.value}”。`,
    en: (p) => `"${fieldLabel(FIELD_EN, p.field)}" must be a whole number; got "${p.value}".`,
  },
  SERVICE_RESTARTING: {
    code: ErrorCode.Unavailable,
    'zh-CN': () => '服务正在重启，请稍后重试。',
    en: () => 'The service is restarting; try again in a moment.',
  },
  INTERNAL: {
    code: ErrorCode.Internal,
    'zh-CN': (p) => `服务器内部错误，请稍后重试。如需协助，请提供请求号 ${p.requestId}。`,
    en: (p) => `Something went wrong on our side. Please try again; if it persists, quote request id ${p.requestId}.`,
  },
  SEARCH_TEXT_TOO_LONG: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `搜索词最多 ${p.max} 个字符，收到 ${p.actual} 个。`,
    en: (p) => `Search text has at most ${p.max} characters; got ${p.actual}.`,
  },
  SEARCH_FILTER_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `筛选条件 ${p.field} 无效：${p.problem === 'range' ? '最低价不能高于最高价' : '地区代码应为 6 位数字'}。`,
    en: (p) => `The filter ${p.field} is not valid: ${p.problem === 'range' ? 'the lowest price is above the highest' : 'a region code has six digits'}.`,
  },
  SEARCH_LISTING_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => '本省商城的搜索索引中没有该商品。',
    en: () => "There is no such listing in this province's search index.",
  },
  SEARCH_DOCUMENT_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `商品 ${p.listingId} 的搜索文档字段 ${p.field} 无效。`,
    en: (p) => `The search document of listing ${p.listingId} has an invalid ${p.field}.`,
  },
  RANKING_WEIGHT_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `权重 ${p.field} 须为 ${p.min} 到 ${p.max} 之间的整数（基点），收到 ${p.actual}。`,
    en: (p) => `The weight ${p.field} must be a whole number of basis points from ${p.min} to ${p.max}; got ${p.actual}.`,
  },
  RANKING_WEIGHT_TOTAL: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `各项权重之和须为 ${p.total} 基点（100%），现为 ${p.actual}。`,
    en: (p) => `The weights must add up to ${p.total} basis points (100%); they add up to ${p.actual}.`,
  },
  RANKING_POLICY_FIRST: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `政策功能权重（${p.policy}）须大于其他权重之和（${p.others}），以保证同等相关度下政策产品优先展示。`,
    en: (p) => `The policy weight (${p.policy}) must exceed the other weights together (${p.others}), so that policy goods come first at equal relevance.`,
  },
  RANKING_POLICY_TAGS_EMPTY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '至少选择一项计入排序的政策功能标签。',
    en: () => 'Choose at least one policy tag that counts for ranking.',
  },
  PAYMENT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该支付记录。`,
    en: () => `There is no such payment.`,
  },
  PAYABLE_SUBJECT_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `不支持为“${p.subjectType}”付款。`,
    en: (p) => `Payments are not taken for "${p.subjectType}".`,
  },
  PAYMENT_PROVIDER_NOT_ENABLED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `本省未启用支付方式“${p.provider}”。`,
    en: (p) => `The payment method "${p.provider}" is not enabled in this province.`,
  },
  PAYMENT_PROVIDER_NOT_CONFIGURED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `支付方式“${p.provider}”尚未配置账户，请联系财政部门。`,
    en: (p) => `The payment method "${p.provider}" has no account configured; contact the finance department.`,
  },
  PAYMENT_PROVIDER_UNAVAILABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `暂时无法连接支付渠道“${p.provider}”，请稍后重试。`,
    en: (p) => `The payment provider "${p.provider}" cannot be reached now; try again later.`,
  },
  PAYMENT_NOT_PAYER: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `只有付款单位可以发起此项支付。`,
    en: () => `Only the paying organisation can start this payment.`,
  },
  PAYMENT_AMOUNT_INVALID: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `应付金额须大于 0。`,
    en: () => `The amount due must be above 0.`,
  },
  PAYMENT_ALREADY_LIVE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该事项已有进行中的支付（${p.paymentNo}），请先完成或等待其关闭。`,
    en: (p) => `A payment of this subject is already under way (${p.paymentNo}); finish it or wait until it closes.`,
  },
  SUBJECT_ALREADY_PAID: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该事项已支付（${p.paymentNo}）。`,
    en: (p) => `This subject is already paid (${p.paymentNo}).`,
  },
  PAYMENT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `支付当前状态为“${label(PAYMENT_STATE_ZH, p.state)}”，不能执行“${label(PAYMENT_ACTION_ZH, p.action)}”。`,
    en: (p) => `The payment is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  PAYMENT_NOT_FLAGGED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `支付单 ${p.paymentNo} 没有待核查的标记。`,
    en: (p) => `Payment ${p.paymentNo} is not flagged for review.`,
  },
  BANK_REFERENCE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `银行转账流水号须为 4 到 64 个字母、数字或“-”。`,
    en: () => `The bank transfer reference must be 4 to 64 letters, digits or "-".`,
  },
  REFUND_NOT_SUPPORTED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `支付方式“${p.provider}”不支持在线退款，请通过银行转账退回。`,
    en: (p) => `The payment method "${p.provider}" has no online refunds; refund by bank transfer.`,
  },
  REFUND_AMOUNT_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `退款金额须大于 0。`,
    en: () => `The refund amount must be above 0.`,
  },
  REFUND_EXCEEDS_PAYMENT: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `退款金额超过可退金额 ¥${p.refundable}。`,
    en: (p) => `The refund exceeds the refundable ¥${p.refundable}.`,
  },
  PAYMENT_SETTINGS_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `支付设置“${p.field}”不正确：${p.problem}`,
    en: (p) => `Payment setting "${p.field}" is not valid: ${p.problem}`,
  },
  BUDGET_LINE_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该预算指标。`,
    en: () => `There is no such budget line.`,
  },
  BUDGET_LINE_NOT_CURRENT_YEAR: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `该预算指标属于 ${p.fiscalYear} 年度，只能使用本年度（${p.year}）的指标下单。`,
    en: (p) => `This budget line is for fiscal year ${p.fiscalYear}; orders use lines of the current year (${p.year}).`,
  },
  BUDGET_INSUFFICIENT: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `预算指标可用余额不足：需要 ${p.needed} 元，可用 ${p.available} 元。`,
    en: (p) => `The budget line has too little available: ${p.needed} yuan needed, ${p.available} available.`,
  },
  BUDGET_BELOW_COMMITTED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `指标金额不能低于已使用与已冻结之和 ${p.committed} 元。`,
    en: (p) => `The amount cannot go below what is used and frozen (${p.committed} yuan).`,
  },
  BUDGET_CODE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `预算项目编码“${p.value}”格式不正确：1–32 位字母、数字或 . _ -。`,
    en: (p) => `The budget code "${p.value}" is not valid: 1–32 letters, digits or . _ -.`,
  },
  BUDGET_CODE_TAKEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该单位 ${p.fiscalYear} 年度已有预算项目编码 ${p.code}。`,
    en: (p) => `The unit already has budget code ${p.code} for ${p.fiscalYear}.`,
  },
  BUDGET_AMOUNT_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `指标金额须在 0 到 ${p.max} 元之间。`,
    en: (p) => `The amount must be between 0 and ${p.max} yuan.`,
  },
  FISCAL_YEAR_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `预算年度“${p.value}”无效，请填写 2000–2100 之间的年份。`,
    en: (p) => `The fiscal year "${p.value}" is not valid: give a year from 2000 to 2100.`,
  },
  PURCHASING_UNIT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该采购单位。`,
    en: () => `There is no such purchasing unit.`,
  },
  ORDER_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该订单。`,
    en: () => `There is no such order.`,
  },
  ORDER_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `订单当前状态为“${label(ORDER_STATE_ZH, p.state)}”，不能执行“${label(ORDER_ACTION_ZH, p.action)}”。`,
    en: (p) => `The order is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  ORDER_OVER_DIRECT_LIMIT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `订单金额 ${p.total} 元超过直购上限 ${p.limit} 元，须通过${label(ROUTE_ZH, p.route)}采购。`,
    en: (p) => `The order total ${p.total} yuan exceeds the direct order limit of ${p.limit} yuan; use ${p.route}.`,
  },
  IDEMPOTENCY_KEY_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `幂等键须为 8 到 64 个字母、数字、“-”或“_”（如一个 UUID）。`,
    en: () => `The idempotency key must be 8 to 64 letters, digits, "-" or "_" (a UUID, for example).`,
  },
  IDEMPOTENCY_KEY_REUSED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该幂等键已用于另一笔不同内容的请求，请为新请求生成新的键。`,
    en: () => `This idempotency key was used for a different request; use a new key for a new request.`,
  },
  QUANTITY_NOT_POSITIVE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `数量须大于 0，收到 ${p.value}。`,
    en: (p) => `The quantity must be above 0; got ${p.value}.`,
  },
  QUANTITY_NOT_WHOLE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `数量须为整数，收到 ${p.value}。`,
    en: (p) => `The quantity must be a whole number; got ${p.value}.`,
  },
  QUANTITY_TOO_LARGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `数量不能超过 ${p.max}。`,
    en: (p) => `The quantity cannot exceed ${p.max}.`,
  },
  PHONE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `联系电话格式不正确。`,
    en: () => `The phone number is not valid.`,
  },
  CART_EMPTY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `购物车是空的。`,
    en: () => `The cart is empty.`,
  },
  CART_TOO_MANY_ITEMS: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `一次结算最多 ${p.max} 种商品。`,
    en: (p) => `A checkout holds at most ${p.max} items.`,
  },
  CART_DUPLICATE_LISTING: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `同一商品在购物车中出现了两次，请合并数量。`,
    en: () => `The same listing appears twice in the cart; combine the quantities.`,
  },
  LISTING_NOT_ON_SALE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该商品已下架或不存在，不能下单。`,
    en: () => `This listing is not on sale.`,
  },
  PRICE_CHANGED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `商品价格已由 ${p.expected} 元变为 ${p.current} 元，请确认新价格后重新下单。`,
    en: (p) => `The price changed from ${p.expected} to ${p.current} yuan; confirm the new price and order again.`,
  },
  OUT_OF_STOCK: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `库存不足，当前库存 ${p.stock}。`,
    en: (p) => `Not enough stock; ${p.stock} left.`,
  },
  ORDER_SUPPLIER_BLOCKED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该供应商因诚信状况被限制，暂不能向其下单。`,
    en: () => `This supplier is blocked for its integrity record; it cannot take orders.`,
  },
  REGION_NOT_DELIVERED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `该商品不配送到地区 ${p.region}。`,
    en: (p) => `This listing is not delivered to region ${p.region}.`,
  },
  ENERGY_SAVING_CERTIFICATE_INVALID: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `“${p.category}”属于节能产品强制采购品目，该商品没有有效的节能产品认证证书，不能下单。`,
    en: (p) => `"${p.category}" is on the mandatory energy-saving list and this listing has no valid energy-saving certificate.`,
  },
  ACCEPTED_QUANTITY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `验收数量须为 0 到 ${p.max} 之间的整数。`,
    en: (p) => `The accepted quantity must be a whole number from 0 to ${p.max}.`,
  },
  ACCEPTANCE_LINES_INCOMPLETE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请为订单的每一行填写验收数量。`,
    en: () => `Give the accepted quantity of every order line.`,
  },
  ACCEPTANCE_NOTHING_ACCEPTED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `验收数量全为 0：如不接收，请选择拒绝验收并填写原因。`,
    en: () => `Nothing is accepted: to refuse the delivery, refuse acceptance with a reason.`,
  },
  INVOICE_NUMBER_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `发票号码须为 8–20 位数字。`,
    en: () => `The invoice number is 8–20 digits.`,
  },
  INVOICE_CODE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `发票代码须为 10–12 位数字（全电发票可不填）。`,
    en: () => `The invoice code is 10–12 digits (leave it empty for a fully digital invoice).`,
  },
  INVOICE_DATE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `开票日期须为 YYYY-MM-DD 格式且不晚于今天。`,
    en: () => `The invoice date is YYYY-MM-DD and not after today.`,
  },
  INVOICE_AMOUNT_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `发票金额须等于验收金额 ${p.accepted} 元。`,
    en: (p) => `The invoice amount must equal the accepted amount, ${p.accepted} yuan.`,
  },
  ORDER_NOT_PAYABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `订单当前状态为“${label(ORDER_STATE_ZH, p.state)}”，只有已开票未付款的订单可以付款。`,
    en: (p) => `The order is ${p.state}; only invoiced, unpaid orders can be paid.`,
  },
  ORDER_PAYMENT_AMOUNT_MISMATCH: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `付款金额 ${p.paid} 元与应付金额 ${p.due} 元不符。`,
    en: (p) => `The payment of ${p.paid} yuan does not match the ${p.due} yuan due.`,
  },
  EXPORT_TOO_LARGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `导出结果超过 ${p.max} 行，请缩小筛选范围。`,
    en: (p) => `The export exceeds ${p.max} rows; narrow the filter.`,
  },
  TENDER_PROJECT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `采购项目当前状态为“${label(TENDER_PROJECT_STATE_ZH, p.state)}”，不能执行“${label(TENDER_PROJECT_ACTION_ZH, p.action)}”。`,
    en: (p) => `The procurement project is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  TENDER_LOT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `标包当前状态为“${label(TENDER_LOT_STATE_ZH, p.state)}”，不能执行“${label(TENDER_LOT_ACTION_ZH, p.action)}”。`,
    en: (p) => `The lot is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  TENDER_BID_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `投标文件当前状态为“${label(TENDER_BID_STATE_ZH, p.state)}”，不能执行“${label(TENDER_BID_ACTION_ZH, p.action)}”。`,
    en: (p) => `The bid is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  EVALUATION_LOT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该标包，或您不参与其评标。`,
    en: () => `There is no such lot, or you take no part in its evaluation.`,
  },
  EVALUATION_BID_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该投标文件，或它不在本标包的有效投标中。`,
    en: () => `There is no such bid among the valid bids of this lot.`,
  },
  EVALUATION_LOT_NOT_EVALUATING: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `标包当前状态为“${label(TENDER_LOT_STATE_ZH, p.state)}”，不在评标阶段。`,
    en: (p) => `The lot is ${p.state}, not being evaluated.`,
  },
  PANEL_SIZE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评标委员会人数须为不少于 ${p.min}、不超过 ${p.max} 的单数。`,
    en: (p) => `The panel needs an odd number of members, from ${p.min} to ${p.max}.`,
  },
  PANEL_ALREADY_DRAWN: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `本标包已抽取评标专家，不能重复抽取。`,
    en: () => `The panel of this lot has already been drawn.`,
  },
  PANEL_TOO_FEW_EXPERTS: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `符合条件的专家只有 ${p.available} 名，少于所需的 ${p.needed} 名；请联系财政部门补充专家库。`,
    en: (p) => `Only ${p.available} eligible experts, ${p.needed} needed: ask finance to add experts to the pool.`,
  },
  PANEL_NOT_DRAWN: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `本标包尚未抽取评标专家。`,
    en: () => `No panel has been drawn for this lot yet.`,
  },
  EVALUATION_REVIEW_CLOSED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `已有专家提交评分表，资格性和符合性审查已结束。`,
    en: () => `An expert has submitted a score sheet: the qualification review is over.`,
  },
  EVALUATION_SCORE_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评分须为最多两位小数的非负数（投标 ${p.bidId}，评分项“${p.criterion}”）。`,
    en: (p) => `A score is a non-negative number with at most two decimals (bid ${p.bidId}, criterion "${p.criterion}").`,
  },
  EVALUATION_SCORE_OUT_OF_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评分超出范围：投标 ${p.bidId} 的评分项“${p.criterion}”须在 0 到 ${p.max} 分之间。`,
    en: (p) => `Score out of range: bid ${p.bidId}, criterion "${p.criterion}" takes 0 to ${p.max} points.`,
  },
  EVALUATION_CRITERION_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评分项“${p.criterion}”不是本项目由专家评分的评分项（价格分由系统计算）。`,
    en: (p) => `"${p.criterion}" is not a criterion the experts score in this project (the system scores price).`,
  },
  EVALUATION_SHEET_SUBMITTED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `您的评分表已提交，不能再修改。`,
    en: () => `Your score sheet is submitted and final.`,
  },
  EVALUATION_SHEET_INCOMPLETE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `评分表还有 ${p.missing} 项未评分（例如投标 ${p.bidId} 的“${p.criterion}”），请评完后再提交。`,
    en: (p) => `${p.missing} scores are missing (e.g. bid ${p.bidId}, "${p.criterion}"): score them all before submitting.`,
  },
  EVALUATION_SHEETS_MISSING: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `还有 ${p.missing} 名专家未提交评分表。`,
    en: (p) => `${p.missing} experts have not submitted their score sheets.`,
  },
  EVALUATION_DEVIATIONS_UNEXPLAINED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `还有 ${p.count} 项评分偏差未由专家说明理由。`,
    en: (p) => `${p.count} score deviations still need a reason from the expert.`,
  },
  EVALUATION_NOT_FINISHED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `评标尚未结束，评标结果暂不可查看。`,
    en: () => `The evaluation has not finished: its result is not available yet.`,
  },
  SCORE_DEVIATION_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该评分偏差记录。`,
    en: () => `There is no such score deviation.`,
  },
  EXPERT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该评审专家。`,
    en: () => `There is no such evaluation expert.`,
  },
  SIGNING_KEY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => 'SM2 公钥无效：须为曲线上的未压缩点（04 开头，130 位十六进制），请重新生成密钥对。',
    en: () => 'The SM2 public key is not valid: it must be an uncompressed point on the curve (04 and 128 hex digits); generate the key pair again.',
  },
  SIGNING_KEY_REQUIRED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => '您尚未登记签名公钥：请先登记 SM2 公钥，再用对应私钥签名投标文件。',
    en: () => 'You have no registered signing key: register your SM2 public key first, then sign the bid with its private key.',
  },
  BID_SIGNATURE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '投标文件的签名与您登记的公钥不符：请用登记公钥对应的私钥重新签名。',
    en: () => 'The bid signature does not match your registered key: sign again with the private key of the registered public key.',
  },
  BID_AFTER_DEADLINE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `投标截止时间（${p.deadline}）已过，不再接收、撤回或替换投标文件。`,
    en: (p) => `The bid deadline (${p.deadline}) has passed: bids can no longer be submitted, withdrawn or replaced.`,
  },
  TENDER_LOT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => '找不到该标包。',
    en: () => 'There is no such lot.',
  },
  BID_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => '找不到该投标文件。',
    en: () => 'There is no such bid.',
  },
  BID_LOT_NOT_BIDDING: {
    code: ErrorCode.Conflict,
    'zh-CN': () => '该标包当前不接收投标。',
    en: () => 'The lot is not accepting bids.',
  },
  BID_LOT_NOT_OPENING: {
    code: ErrorCode.Conflict,
    'zh-CN': () => '该标包不在开标中：只能在开标时解密。',
    en: () => 'The lot is not being opened: bids are decrypted only during the opening.',
  },
  BID_SEALED_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `密封投标文件的“${p.field}”格式不正确：请用平台的加密组件重新加密。`,
    en: (p) => `The sealed bid's ${p.field} is malformed: seal the bid again with the platform's sealing component.`,
  },
  BID_KEY_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '该密钥不能解开您的投标文件：请用加密时所用的私钥解出密钥后重新提交。',
    en: () => 'This key does not open your bid: unwrap it with the private key you sealed the bid with and release it again.',
  },
  OPENING_DECRYPTION_PENDING: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `还有 ${p.sealed} 份投标文件未解密，解密时间至 ${p.until} 结束，之后才能结束开标。`,
    en: (p) => `${p.sealed} bid(s) are still sealed; decryption runs until ${p.until}, after which the opening can be concluded.`,
  },
  AWARD_LOT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该标包。`,
    en: () => `There is no such lot.`,
  },
  TENDER_NOT_LOT_BUYER: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `只有该项目的采购人（或其代理机构）可以办理此事项。`,
    en: () => `Only the project's purchasing unit (or its agency) may do this.`,
  },
  AWARD_NO_RANKED_BID: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该标包没有排名第一的有效投标，请先完成评标。`,
    en: () => `The lot has no valid first-ranked bid: finish the evaluation first.`,
  },
  AWARD_BID_NOT_VALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${p.field} 不是该标包的有效投标（须已解密且未被判定无效），请从评标报告中选择。`,
    en: (p) => `${p.field} is not a valid bid of this lot (opened and not disqualified): choose one from the evaluation report.`,
  },
  AWARD_AGAINST_RANKING_NEEDS_REASON: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `所选中标人不是排名第一的投标人：请在 ${p.field} 中填写理由（2 到 500 个字符），理由将随中标公告公开。`,
    en: (p) => `The chosen winner is not ranked first: give the reason in ${p.field} (2 to 500 characters); it is published with the award notice.`,
  },
  AWARD_LOT_SUSPENDED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `财政部门已暂停该标包的采购活动（${p.reason}），恢复前不能办理。`,
    en: (p) => `The finance department suspended this lot (${p.reason}): nothing can proceed until it is resumed.`,
  },
  AWARD_NOTICE_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该中标公告。`,
    en: () => `There is no such award notice.`,
  },
  TENDER_TEXT_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请填写 ${p.field}（2 到 ${p.max} 个字符）。`,
    en: (p) => `Fill in ${p.field} (2 to ${p.max} characters).`,
  },
  CHALLENGE_NOT_A_BIDDER: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `只有该标包的投标人可以提出质疑。`,
    en: () => `Only a bidder of this lot may challenge it.`,
  },
  CHALLENGE_WINDOW_CLOSED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `质疑期已于 ${p.until} 结束（中标公告发布后 ${p.days} 个工作日），不能再提出质疑。`,
    en: (p) => `The challenge period ended at ${p.until} (${p.days} working days after the award notice).`,
  },
  CHALLENGE_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该质疑。`,
    en: () => `There is no such challenge.`,
  },
  TENDER_CHALLENGE_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该质疑当前状态为“${p.state}”，不能执行“${p.action}”。`,
    en: (p) => `The challenge is ${p.state}: "${p.action}" is not allowed.`,
  },
  COMPLAINT_NOT_CHALLENGER: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `只有提出该质疑的供应商可以就其投诉。`,
    en: () => `Only the supplier that filed the challenge may complain about it.`,
  },
  COMPLAINT_TOO_EARLY: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `质疑尚在答复期内（至 ${p.until}），请在答复后或答复期满后投诉。`,
    en: (p) => `The challenge is still within its answer period (until ${p.until}): complain after the answer or once the period ends.`,
  },
  COMPLAINT_WINDOW_CLOSED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `投诉期已于 ${p.until} 结束（答复期满后 ${p.days} 个工作日）。`,
    en: (p) => `The complaint period ended at ${p.until} (${p.days} working days after the answer period).`,
  },
  COMPLAINT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该投诉。`,
    en: () => `There is no such complaint.`,
  },
  TENDER_COMPLAINT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该投诉当前状态为“${p.state}”，不能执行“${p.action}”。`,
    en: (p) => `The complaint is ${p.state}: "${p.action}" is not allowed.`,
  },
  COMPLAINT_REMEDY_NEEDS_UPHOLD: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `只有支持投诉时才能在 ${p.field} 中责令废标；驳回投诉请选择“无”。`,
    en: (p) => `Only an upheld complaint may order the lot failed in ${p.field}; a dismissal takes NONE.`,
  },
  LOT_ALREADY_SUSPENDED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该标包已处于暂停状态。`,
    en: () => `The lot is already suspended.`,
  },
  LOT_NOT_SUSPENDED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该标包未被暂停。`,
    en: () => `The lot is not suspended.`,
  },
  CONTRACT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该合同。`,
    en: () => `There is no such contract.`,
  },
  CONTRACT_NOT_PARTY: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `只有合同双方（采购人和中标供应商）可以办理。`,
    en: () => `Only the contract's parties (the buyer and the winning supplier) may do this.`,
  },
  TENDER_CONTRACT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `合同当前状态为“${p.state}”，不能执行“${p.action}”（已有一方签署后条款不能再修改）。`,
    en: (p) => `The contract is ${p.state}: "${p.action}" is not allowed.`,
  },
  CONTRACT_TERMS_LOCKED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `已有一方签署，合同条款不能再修改。`,
    en: () => `A party has signed: the terms can no longer change.`,
  },
  CONTRACT_BLOCKED_BY_CHALLENGE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该标包有未处理完毕的质疑或投诉（或已被暂停），处理完毕前不能签订合同。`,
    en: () => `A challenge or complaint on this lot is pending (or the lot is suspended): the contract cannot be signed until it is settled.`,
  },
  CONTRACT_SIGNING_KEY_MISSING: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `您还没有有效的签名密钥，请先登记 SM2 公钥。`,
    en: () => `You have no active signing key: register your SM2 public key first.`,
  },
  CONTRACT_SIGNATURE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${p.field} 验证失败：请用您登记的 SM2 私钥（用户标识 1234567812345678）对合同摘要 ${p.digest} 签名。`,
    en: (p) => `${p.field} does not verify: sign the contract digest ${p.digest} with your registered SM2 key (user ID 1234567812345678).`,
  },
  CONTRACT_ALREADY_SIGNED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `您方已签署该合同。`,
    en: () => `Your side has already signed this contract.`,
  },
  AWARD_DECLINE_AFTER_SIGNING: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `您方已签署合同，不能再放弃中标；如无法履约，请与采购人协商解除合同。`,
    en: () => `You have signed the contract and can no longer decline the award; if you cannot perform it, agree a termination with the buyer.`,
  },
  OCDS_SINCE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${p.field} 须为 ISO 8601 时间。`,
    en: (p) => `${p.field} must be an ISO 8601 time.`,
  },
  OCDS_PROJECT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该采购项目，或项目尚未发布。`,
    en: () => `There is no such procurement project, or it is not published yet.`,
  },
  TENDER_PROJECT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该采购项目。`,
    en: () => `There is no such procurement project.`,
  },
  TENDER_PROJECT_NOT_DRAFT: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `采购项目已发布，不能再修改；请发布澄清或修改公告。`,
    en: () => `The project is published and can no longer be edited: publish a clarification instead.`,
  },
  TENDER_BUYER_FIXED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `采购单位在项目创建后不能更换。`,
    en: () => `The purchasing unit cannot change after the project is created.`,
  },
  TENDER_CATEGORY_NOT_FOUND: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `品目编码“${p.code}”不在本省的政府采购品目目录中。`,
    en: (p) => `The category code "${p.code}" is not in this province's procurement catalogue.`,
  },
  TENDER_SME_DEDUCTION_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `中小企业价格扣除比例须在 ${p.min}% 到 ${p.max}% 之间。`,
    en: (p) => `The SME price deduction must be between ${p.min}% and ${p.max}%.`,
  },
  TENDER_LOTS_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请至少设置一个标包。`,
    en: () => `Add at least one lot.`,
  },
  TENDER_TOO_MANY_LOTS: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `一个项目最多 ${p.max} 个标包。`,
    en: (p) => `A project has at most ${p.max} lots.`,
  },
  TENDER_AMOUNT_NOT_POSITIVE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${fieldLabel(FIELD_ZH, p.field)} 须大于 0。`,
    en: (p) => `${fieldLabel(FIELD_EN, p.field)} must be greater than 0.`,
  },
  TENDER_DEPOSIT_NEGATIVE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `投标保证金不能为负数；不收保证金请填 0。`,
    en: () => `The deposit cannot be negative; enter 0 for none.`,
  },
  TENDER_DEPOSIT_OVER_CAP: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `投标保证金不得超过该标包预算（${p.budget} 元）的 2%，即最多 ${p.max} 元。`,
    en: (p) => `The deposit may not exceed 2 % of the lot's budget (${p.budget} yuan): at most ${p.max} yuan.`,
  },
  TENDER_CRITERIA_NOT_ALLOWED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `最低评标价法不设评分项，请删除评分标准。`,
    en: () => `The lowest-price method has no scoring criteria: remove them.`,
  },
  TENDER_CRITERIA_COUNT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `综合评分法须设置 1 到 ${p.max} 个评分项。`,
    en: (p) => `Comprehensive scoring needs 1 to ${p.max} criteria.`,
  },
  TENDER_CRITERION_KEY_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评分项标识“${p.value}”格式不正确：小写字母开头，最多 32 位字母、数字、_ 或 -。`,
    en: (p) => `The criterion key "${p.value}" is not valid: a lower-case letter, then up to 31 letters, digits, _ or -.`,
  },
  TENDER_CRITERION_KEY_DUPLICATE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `评分项标识“${p.value}”重复。`,
    en: (p) => `The criterion key "${p.value}" appears twice.`,
  },
  TENDER_CRITERION_WEIGHT_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `评分项分值须为 1 到 100 的整数。`,
    en: () => `A criterion's weight must be a whole number from 1 to 100.`,
  },
  TENDER_PRICE_CRITERION_COUNT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `综合评分法须有且只有一个价格评分项（现有 ${p.count} 个）。`,
    en: (p) => `Comprehensive scoring needs exactly one price criterion (there are ${p.count}).`,
  },
  TENDER_PRICE_WEIGHT_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `价格分值须在 ${p.min} 到 ${p.max} 分之间（${label(PROCUREMENT_KIND_ZH, p.kind)}），现为 ${p.actual} 分。`,
    en: (p) => `The price weight must be between ${p.min} and ${p.max} for ${p.kind}; it is ${p.actual}.`,
  },
  TENDER_CRITERIA_WEIGHT_SUM: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `各评分项分值之和须为 100 分，现为 ${p.sum} 分。`,
    en: (p) => `The criteria's weights must sum to 100; they sum to ${p.sum}.`,
  },
  TENDER_DATES_ORDER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `时间顺序不正确：文件获取开始 < 文件获取截止 ≤ 投标截止。`,
    en: () => `The dates are out of order: documents from < documents until ≤ bid deadline.`,
  },
  TENDER_DOCUMENTS_PERIOD_TOO_SHORT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `招标文件提供期限不得少于 5 个工作日，最早可截止于 ${p.earliest}。`,
    en: (p) => `Tender documents must be available for at least 5 working days: the earliest end is ${p.earliest}.`,
  },
  TENDER_DEADLINE_TOO_SHORT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `投标截止时间短于法定最短期限（${label(PROCUREMENT_METHOD_ZH, p.method)}），最早为 ${p.earliest}。`,
    en: (p) => `The bid deadline is earlier than the law allows for ${p.method}: the earliest is ${p.earliest}.`,
  },
  TENDER_BIDDING_CLOSED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该项目不在投标期内（未发布、已终止或已过投标截止时间）。`,
    en: () => `The project is not open for bids (not published, cancelled, or past its bid deadline).`,
  },
  TENDER_NOT_REGISTERED: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `贵单位尚未报名该项目，请先报名。`,
    en: () => `Your organisation has not registered for this project: register first.`,
  },
  TENDER_DOCUMENT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该招标文件；报名后方可下载。`,
    en: () => `There is no such tender document; registered suppliers may download documents.`,
  },
  TENDER_DOCUMENT_TYPE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `招标文件类型须为 ${p.allowed} 之一。`,
    en: (p) => `A tender document must be one of: ${p.allowed}.`,
  },
  TENDER_DOCUMENT_ENCODING: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `文件内容须为 base64 编码。`,
    en: () => `The file content must be base64-encoded.`,
  },
  TENDER_DOCUMENT_SIZE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `单个招标文件不得为空且不超过 ${p.max} KiB。`,
    en: (p) => `A tender document must be non-empty and at most ${p.max} KiB.`,
  },
  TENDER_TOO_MANY_DOCUMENTS: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `一个项目最多 ${p.max} 个招标文件。`,
    en: (p) => `A project has at most ${p.max} tender documents.`,
  },
  TENDER_QUESTION_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `所答复的问题不属于该项目。`,
    en: () => `A question answered is not one of this project's.`,
  },
  DEPOSIT_LOT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该标包。`,
    en: () => `There is no such lot.`,
  },
  DEPOSIT_NOT_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `该标包无需缴纳投标保证金。`,
    en: () => `This lot needs no bid deposit.`,
  },
  DEPOSIT_LOT_NOT_BIDDING: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `标包当前状态为“${label(TENDER_LOT_STATE_ZH, p.state)}”，已不能缴纳投标保证金。`,
    en: (p) => `The lot is ${p.state}: deposits are no longer taken.`,
  },
  DEPOSIT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该投标保证金。`,
    en: () => `There is no such bid deposit.`,
  },
  DEPOSIT_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `保证金当前状态为“${label(DEPOSIT_STATE_ZH, p.state)}”，不能执行“${label(DEPOSIT_ACTION_ZH, p.action)}”。`,
    en: (p) => `The deposit is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  DEPOSIT_REQUIRED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `投标前须缴纳投标保证金 ¥${p.amount}（或提交经核验的电子保函）。`,
    en: (p) => `Pay the bid deposit of ¥${p.amount} (or present an accepted guarantee) before bidding.`,
  },
  DEPOSIT_AMOUNT_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `金额须大于 0，请填写到账金额。`,
    en: () => `The amount must be above 0: enter the amount received.`,
  },
  DEPOSIT_AMOUNT_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `保证金应缴 ¥${p.due}，实付 ¥${p.paid}，金额不符。`,
    en: (p) => `The deposit due is ¥${p.due} but ¥${p.paid} was paid.`,
  },
  DEPOSIT_PAYER_NAME_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写付款账户名称（2–200 个字）。`,
    en: () => `Enter the payer's account name (2–200 characters).`,
  },
  DEPOSIT_ARRIVAL_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `到账时间不能晚于当前时间。`,
    en: () => `The arrival time cannot be in the future.`,
  },
  DEPOSIT_TRANSFER_DUPLICATE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `银行流水号 ${p.serial} 已登记过，请勿重复登记。`,
    en: (p) => `Bank serial number ${p.serial} is already recorded.`,
  },
  DEPOSIT_REFUND_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该保证金退款。`,
    en: () => `There is no such deposit refund.`,
  },
  DEPOSIT_REFUND_NOT_AWAITING_BANK: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该退款当前不在等待银行转账确认的状态。`,
    en: () => `This refund is not waiting for a bank transfer confirmation.`,
  },
  DEPOSIT_TRANSFER_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该到账记录。`,
    en: () => `There is no such deposit transfer.`,
  },
  DEPOSIT_TRANSFER_MATCHED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该笔到账已匹配保证金，不能退回；如需退还请走保证金退款。`,
    en: () => `This transfer paid a deposit: it cannot be returned here; the deposit is refunded instead.`,
  },
  DEPOSIT_TRANSFER_ALREADY_RETURNED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该笔到账已以银行流水号 ${p.serial} 退回。`,
    en: (p) => `This transfer was already returned with bank serial number ${p.serial}.`,
  },
  GUARANTEE_ISSUER_NAME_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写出函机构名称（2–128 个字）。`,
    en: () => `Enter the issuer name (2–128 characters).`,
  },
  GUARANTEE_ISSUER_KEY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `出函机构公钥无效：SM2 须为 04 开头的 130 位十六进制，RSA 须为 PEM 格式公钥。`,
    en: () => `The issuer's public key is invalid: SM2 needs 130 hex digits starting 04, RSA a PEM public key.`,
  },
  GUARANTEE_CALLBACK_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `回调地址须为 http(s) 网址。`,
    en: () => `The callback must be an http(s) URL.`,
  },
  GUARANTEE_ISSUER_DUPLICATE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `出函机构“${p.name}”已登记。`,
    en: (p) => `The issuer "${p.name}" is already registered.`,
  },
  GUARANTEE_ISSUER_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `该出函机构未在本省登记，请选择已登记的机构。`,
    en: () => `This issuer is not registered in this province: choose a registered one.`,
  },
  GUARANTEE_NO_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `保函编号须为 4–64 位字母、数字或连字符。`,
    en: () => `The guarantee number must be 4–64 letters, digits or hyphens.`,
  },
  GUARANTEE_BENEFICIARY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写受益人（2–200 个字）。`,
    en: () => `Enter the beneficiary (2–200 characters).`,
  },
  GUARANTEE_SIGNATURE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `保函签名验证失败：不是“${p.issuer}”对该保函内容的签名，请向出函机构核实。`,
    en: (p) => `The signature does not verify: it is not the signature of ${p.issuer} over these terms. Check with the issuer.`,
  },
  GUARANTEE_EXPIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `保函已过期。`,
    en: () => `The guarantee has expired.`,
  },
  GUARANTEE_NOT_YET_VALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `保函尚未生效。`,
    en: () => `The guarantee is not valid yet.`,
  },
  GUARANTEE_VALIDITY_SHORT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `保函有效期须至少到 ${p.until}（投标截止后 90 天）。`,
    en: (p) => `The guarantee must be valid until at least ${p.until} (90 days after the bid deadline).`,
  },
  GUARANTEE_AMOUNT_TOO_SMALL: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `保函金额 ¥${p.amount} 低于应缴保证金 ¥${p.required}。`,
    en: (p) => `The guarantee of ¥${p.amount} is below the deposit of ¥${p.required}.`,
  },
  GUARANTEE_DUPLICATE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该保函已提交过。`,
    en: () => `This guarantee was already presented.`,
  },
  GUARANTEE_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该保函。`,
    en: () => `There is no such guarantee.`,
  },
  GUARANTEE_NOT_CLAIMABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `保函当前状态为“${p.state}”，不能索赔。`,
    en: (p) => `The guarantee is ${p.state}: it cannot be claimed.`,
  },
  GUARANTEE_EVIDENCE_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请提供索赔证据（1–20 项，每项不超过 500 字）。`,
    en: () => `Give the evidence of the claim (1–20 items, up to 500 characters each).`,
  },
  INSPECTION_RUN_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该巡检记录。`,
    en: () => `There is no such inspection run.`,
  },
  PRICE_FINDING_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该价格巡检发现。`,
    en: () => `There is no such price finding.`,
  },
  PRICE_FINDING_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该价格巡检发现当前为“${label(PRICE_FINDING_STATE_ZH, p.state)}”，不能${label(PRICE_FINDING_ACTION_ZH, p.action)}。`,
    en: (p) => `The price finding is ${p.state}: it cannot be ${p.action === 'reopen' ? 'reopened' : p.action === 'justify' ? 'justified' : `${p.action}ed`}.`,
  },
  PRICE_FINDING_FILTER_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `筛选条件“${p.field}”不是有效的编号。`,
    en: (p) => `The filter ${p.field} is not a valid id.`,
  },
  PRICE_REFERENCE_IMPORT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该参考价导入记录。`,
    en: () => `There is no such reference price import.`,
  },
  PRICE_REFERENCE_TARGET_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写“标准商品编号”或“商品编号”之一（不能都填，也不能都不填）。`,
    en: () => `Give either a standard product id or a listing id (one of them, not both).`,
  },
  PRICE_REFERENCE_TARGET_NOT_FOUND: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `找不到编号为“${p.value}”的标准商品或商品，请核对编号。`,
    en: (p) => `There is no standard product or listing with the id "${p.value}"; check the id.`,
  },
  PRICE_REFERENCE_SOURCE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请填写参考价来源（1 到 ${p.max} 个字符），如“京东”。`,
    en: (p) => `Name the source of the reference price (1 to ${p.max} characters), e.g. JD.com.`,
  },
  PRICE_REFERENCE_DATE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `采集日期“${p.value}”格式不正确，请按 YYYY-MM-DD 填写。`,
    en: (p) => `The observation date "${p.value}" is not valid: use YYYY-MM-DD.`,
  },
  PRICE_REFERENCE_DATE_FUTURE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `采集日期 ${p.value} 晚于今天（${p.today}），请填写实际采集价格的日期。`,
    en: (p) => `The observation date ${p.value} is after today (${p.today}); give the day the price was seen.`,
  },
  PRICE_REFERENCE_URL_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `链接须为 http 或 https 地址（最多 500 个字符）。`,
    en: () => `The link must be an http or https address (up to 500 characters).`,
  },
  PRICE_REFERENCE_FEED_NOT_CONFIGURED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `尚未设置价格接口地址，请先在规则设置中填写“参考价接口地址”。`,
    en: () => `No price feed is set: fill in the reference price feed URL in the rules first.`,
  },
  PRICE_REFERENCE_FEED_UNAVAILABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `价格接口暂时无法读取（${p.status}），请稍后重试或检查接口地址。`,
    en: (p) => `The price feed could not be read (${p.status}); try again later or check its URL.`,
  },
  PRICE_REFERENCE_FEED_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `价格接口返回的内容不是约定的 JSON（{"prices": [...]}，不超过 ${p.max} 字节）。`,
    en: (p) => `The price feed did not answer with the agreed JSON ({"prices": [...]}, at most ${p.max} bytes).`,
  },
  AUDIT_FILTER_ID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `筛选条件 ${p.field} 不是有效的编号，请从用户或单位列表中选择，或留空。`,
    en: (p) => `The filter ${p.field} is not a valid id: pick a user or organisation from the list, or leave it empty.`,
  },
  AUDIT_FILTER_TOO_LONG: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `筛选条件 ${p.field} 过长，最多 ${p.max} 个字符。`,
    en: (p) => `The filter ${p.field} is too long: at most ${p.max} characters.`,
  },
  AUDIT_FILTER_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '结束时间 filter.to 早于开始时间 filter.from，请调换或修改时间范围。',
    en: () => 'The end filter.to is before the start filter.from: swap them or change the range.',
  },
  AUDIT_ENTRY_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => '找不到该审计记录。',
    en: () => 'No such audit entry.',
  },
  COMPLIANCE_SIGNAL_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该合规预警。`,
    en: () => `There is no such compliance signal.`,
  },
  COMPLIANCE_SIGNAL_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该合规预警已${p.state === 'dismissed' ? '排除' : p.state === 'referred' ? '移交' : '处理'}，不能再次处理。`,
    en: (p) => `The signal is already ${p.state}: it cannot be reviewed again.`,
  },
  COMPLIANCE_SIGNAL_FILTER_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => p.field === 'filter.to' ? `截止日期不能早于开始日期。` : `筛选条件“${p.field}”不是有效的编号或日期。`,
    en: (p) => p.field === 'filter.to' ? `The end of the period cannot be before its start.` : `The filter ${p.field} is not a valid id or date.`,
  },
  COMPLIANCE_REFERRAL_TARGET_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请填写移交对象（2 到 ${p.max} 个字符），如“监督检查处”。`,
    en: (p) => `Say whom the signal is referred to (2 to ${p.max} characters), e.g. the supervision office.`,
  },
  STATISTICS_PERIOD_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统计期间“${p.value}”格式不正确，请按“年-月”填写，如 2026-01。`,
    en: (p) => `The period "${p.value}" is not a month: write it as year-month, e.g. 2026-01.`,
  },
  STATISTICS_PERIOD_ORDER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `截止月份（${p.to}）早于起始月份（${p.from}），请调整。`,
    en: (p) => `The last month (${p.to}) is before the first (${p.from}): swap or correct them.`,
  },
  STATISTICS_PERIOD_TOO_LONG: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `统计期间为 ${p.months} 个月，最长 ${p.max} 个月，请缩短。`,
    en: (p) => `The period has ${p.months} months; at most ${p.max} are allowed. Shorten it.`,
  },
  STATISTICS_FILTER_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `筛选条件“${p.value}”无效：采购单位须为有效编号，品目须为品目代码（如 A02）。`,
    en: (p) => `The filter "${p.value}" is not valid: the unit must be a valid id, the category a category code (e.g. A02).`,
  },
  STATISTICS_PERIOD_NOT_STARTED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `${p.period} 尚未开始，不能生成报表。`,
    en: (p) => `${p.period} has not started yet: there is nothing to report.`,
  },
  STATISTICS_REPORT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该统计报表。`,
    en: () => `There is no such statistics report.`,
  },
  STATISTICS_REPORT_NOT_READY: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `报表正在生成，请稍后再下载。`,
    en: () => `The report is still being generated: download it in a moment.`,
  },
  SETTING_BAND_ORDER: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `“${p.label}”必须小于“${p.belowLabel}”。`,
    en: (p) => `"${p.label}" must be less than "${p.belowLabel}".`,
  },
  SUPPLIER_BAND_BLOCKED: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `您的单位诚信等级为 ${p.band} 级，已被限制提交商品；诚信分回升或申诉成功后可恢复。`,
    en: (p) => `Your organisation's integrity band is ${p.band}: it cannot submit listings until its score recovers or an appeal is upheld.`,
  },
  BID_SUPPLIER_BLOCKED: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `您的单位因诚信状况被平台运营方限制，暂不能投标，请联系平台运营方。`,
    en: () => `Your organisation is blocked by the platform operator for its integrity record and cannot bid; contact the operator.`,
  },
  BID_SUPPLIER_BAND_BLOCKED: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `您的单位诚信等级为 ${p.band} 级，暂不能投标；诚信分回升或申诉成功后可恢复。`,
    en: (p) => `Your organisation's integrity band is ${p.band}: it cannot bid until its score recovers or an appeal is upheld.`,
  },
  INTEGRITY_EVENT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该诚信记录。`,
    en: () => `There is no such integrity event.`,
  },
  INTEGRITY_EVENT_NOT_APPEALABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该诚信记录已被移除，不能申诉。`,
    en: () => `This integrity event has been removed; it cannot be appealed.`,
  },
  INTEGRITY_APPEAL_ALREADY_OPEN: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该诚信记录已有待处理的申诉，请等待处理结果。`,
    en: () => `This integrity event already has an open appeal; wait for its decision.`,
  },
  INTEGRITY_APPEAL_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该申诉。`,
    en: () => `There is no such appeal.`,
  },
  INTEGRITY_APPEAL_ALREADY_DECIDED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该申诉已处理（${p.state}），不能再次处理。`,
    en: (p) => `This appeal has already been decided (${p.state}).`,
  },
  INTEGRITY_PENALTY_KIND: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `只能手工录入行政处罚或黑名单记录。`,
    en: () => `Only administrative penalties and blacklist records are entered by hand.`,
  },
  INTEGRITY_POINTS_RANGE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `扣分须为 1 到 100 的整数。`,
    en: () => `Points must be a whole number from 1 to 100.`,
  },
  INTEGRITY_DOCUMENT_NO: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写文书编号（2 到 64 个字符）。`,
    en: () => `Give the document number (2 to 64 characters).`,
  },
  INTEGRITY_AUTHORITY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请填写作出决定的机关（2 到 128 个字符）。`,
    en: () => `Give the deciding authority (2 to 128 characters).`,
  },
  INTEGRITY_DATE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `决定日期无效，请按 YYYY-MM-DD 填写。`,
    en: () => `The decision date is not valid: use YYYY-MM-DD.`,
  },
  INTEGRITY_DATE_FUTURE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `决定日期不能晚于今天。`,
    en: () => `The decision date cannot be in the future.`,
  },
  INTEGRITY_FILTER_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `筛选条件无效。`,
    en: () => `The filter is not valid.`,
  },
  INTEGRITY_PENALTY_DUPLICATE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `该供应商的这份处罚决定已导入过，未重复记录。`,
    en: () => `This decision was already imported for this supplier; it was not recorded again.`,
  },
  INTEGRITY_PENALTY_SUPPLIER_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `找不到该统一社会信用代码的供应商，请核对后重新导入该行。`,
    en: () => `No supplier has this unified social credit code; check it and import the row again.`,
  },
  AUCTION_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该竞价项目。`,
    en: () => `There is no such auction.`,
  },
  AUCTION_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `竞价当前状态为“${label(AUCTION_STATE_ZH, p.state)}”，不能执行“${label(AUCTION_ACTION_ZH, p.action)}”。`,
    en: (p) => `The auction is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  AUCTION_TITLE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `标题须为 2 至 200 个字，说明须为 2 至 5000 个字，请修改后重新提交。`,
    en: () => `Give a title of 2 to 200 characters and a description of 2 to 5,000; correct it and submit again.`,
  },
  AUCTION_PRICE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `金额须大于 0（底价须低于最高限价），请修改后重新提交。`,
    en: () => `Amounts must be above 0 (a floor below the ceiling); correct it and submit again.`,
  },
  AUCTION_TIME_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `开始时间须在当前之后，持续时间须为 5 分钟至 7 天，请修改后重新提交。`,
    en: () => `Start in the future and last from 5 minutes to 7 days; correct it and submit again.`,
  },
  AUCTION_EXTENSION_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `延时规则：临近结束的分钟数和每次延长的分钟数须为 1 至 30，最多延时次数须为 0 至 100。`,
    en: () => `Anti-sniping: the window and the extension 1 to 30 minutes each, at most 0 to 100 extensions.`,
  },
  AUCTION_PHOTO_URL_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `照片地址须为 https 网址，最多 20 张。`,
    en: () => `Photo addresses must be https URLs, at most 20.`,
  },
  AUCTION_PARTY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `所选单位不存在或类型不符（采购单位或供应商），请重新选择。`,
    en: () => `That organisation does not exist or is of the wrong kind (a purchasing unit or a supplier); choose again.`,
  },  AUCTION_BUDGET_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `反向竞价须选择预算指标并填写收货地址：最高限价在竞价期间冻结，成交后生成订单。`,
    en: () => `A reverse auction needs a budget line and a delivery address: the ceiling is frozen while it runs and the award becomes an order.`,
  },

  AUCTION_NOT_STARTED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `竞价尚未开始，开始时间为 ${p.startsAt}。`,
    en: (p) => `The auction has not started; it starts at ${p.startsAt}.`,
  },
  AUCTION_ENDED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `竞价已结束（以服务器时间为准），出价未被接受。`,
    en: () => `The auction has ended (by the server's clock); the bid was not accepted.`,
  },
  AUCTION_NOT_QUALIFIED: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `您的单位不在本次竞价的邀请或品目范围内，不能出价。`,
    en: () => `Your organisation is not invited to this auction nor in its category, and cannot bid.`,
  },
  AUCTION_OWN: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => `组织或委托本次竞价的单位不能出价。`,
    en: () => `The organisation running or commissioning this auction cannot bid in it.`,
  },
  AUCTION_DEPOSIT_UNPAID: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `请先缴纳竞买保证金 ¥${p.deposit}，到账后即可出价。`,
    en: (p) => `Pay the registration deposit of ¥${p.deposit} first; you may bid once it has arrived.`,
  },
  AUCTION_NO_DEPOSIT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `本次竞价无需缴纳保证金，可直接出价。`,
    en: () => `This auction needs no deposit; you may bid directly.`,
  },
  AUCTION_BID_PRICE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `报价须大于 0，精确到分。`,
    en: () => `The price must be above 0, to the fen.`,
  },
  AUCTION_BID_ABOVE_CEILING: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `报价不得高于最高限价 ¥${p.ceiling}。`,
    en: (p) => `The price may not exceed the ceiling of ¥${p.ceiling}.`,
  },
  AUCTION_BID_DECREMENT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `每次报价须比您上一次报价至少低一个降价幅度，本次最高可报 ¥${p.max}。`,
    en: (p) => `Each bid must be below your previous one by at least the decrement; bid at most ¥${p.max}.`,
  },
  AUCTION_BID_INCREMENT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `出价须不低于 ¥${p.min}（当前最高价加一个加价幅度，首次出价不低于起拍价）。`,
    en: (p) => `Bid at least ¥${p.min} (the current highest bid plus the increment; the first bid at least the starting price).`,
  },
  AUCTION_BID_KEY_REUSED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `这个提交编号已用于另一笔不同的出价；重新出价请刷新页面。`,
    en: () => `This submission key was already used for a different bid; reload the page to bid again.`,
  },
  AUCTION_LOG_NOT_PUBLISHED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `竞价结束后方可查看完整出价记录。`,
    en: () => `The full bid log is published when the auction ends.`,
  },
  AUCTION_SETTLEMENT_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `该竞价尚无成交确认书（仅公物处置成交后出具）。`,
    en: () => `This auction has no settlement record (issued when a public asset auction is won).`,
  },
  INQUIRY_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该询价项目。`,
    en: () => `There is no such inquiry.`,
  },
  INQUIRY_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `询价项目当前状态为“${label(INQUIRY_STATE_ZH, p.state)}”，不能执行“${label(INQUIRY_ACTION_ZH, p.action)}”。`,
    en: (p) => `The inquiry is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  INQUIRY_ROUTE_MISMATCH: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `预算 ${p.amount} 元不在在线询价范围（${p.min} 元以上、${p.max} 元及以下）内，须通过${label(INQUIRY_ROUTE_ZH, p.route)}采购。`,
    en: (p) => `A budget of ${p.amount} yuan is outside the online inquiry range (above ${p.min} up to ${p.max} yuan); use ${p.route}.`,
  },
  INQUIRY_DEADLINE_TOO_SOON: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `报价截止时间须给供应商至少 ${p.days} 个工作日，最早为 ${p.earliest}。`,
    en: (p) => `The quote deadline must leave suppliers at least ${p.days} working days: ${p.earliest} at the earliest.`,
  },
  INQUIRY_DEADLINE_TOO_LATE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `报价截止时间不能晚于 ${p.days} 天之后，请缩短报价期。`,
    en: (p) => `The quote deadline cannot be more than ${p.days} days away; shorten the quote period.`,
  },
  INQUIRY_CATEGORY_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `品目“${p.code}”不存在，请从品目目录中选择。`,
    en: (p) => `There is no category "${p.code}"; choose one from the category tree.`,
  },
  INQUIRY_MIN_QUOTES: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `最少有效报价数须在 ${p.min} 到 ${p.max} 家之间。`,
    en: (p) => `The minimum number of valid quotes must be between ${p.min} and ${p.max}.`,
  },
  INQUIRY_DELIVERY_DAYS: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `交货期须为 1 到 ${p.max} 天。`,
    en: (p) => `The delivery period must be 1 to ${p.max} days.`,
  },
  INQUIRY_QUOTES_HIDDEN: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `报价截止（${p.deadline}）前，任何人都不能查看报价。`,
    en: (p) => `Quotes stay sealed until the deadline (${p.deadline}).`,
  },
  INQUIRY_DEADLINE_NOT_PASSED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `报价截止时间（${p.deadline}）未到，不能截止询价。`,
    en: (p) => `The quote deadline (${p.deadline}) has not passed yet.`,
  },
  INQUIRY_QUOTE_NOT_RECOMMENDED: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `只能对当前排名第一的有效报价确认成交或放弃，请刷新比价结果。`,
    en: () => `Only the current lowest valid quote can be awarded or passed over; reload the comparison.`,
  },
  INQUIRY_NOT_RELAUNCHABLE: {
    code: ErrorCode.Conflict,
    'zh-CN': () => `只有失败的询价项目才能重新发起，且每个项目只能重新发起一次。`,
    en: () => `Only a failed inquiry can be relaunched, and only once.`,
  },
  QUOTE_DEADLINE_PASSED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `报价已于 ${p.deadline} 截止，不能再提交或修改报价。`,
    en: (p) => `Quotes closed at ${p.deadline}; a quote can no longer be submitted or changed.`,
  },
  QUOTE_SUPPLIER_NOT_ELIGIBLE: {
    code: ErrorCode.Forbidden,
    'zh-CN': (p) => `贵单位不能参与该询价：${label(QUOTE_INELIGIBLE_ZH, p.why)}。`,
    en: (p) => `Your organisation cannot quote for this inquiry: ${p.why}.`,
  },
  QUOTE_PRICE_NOT_POSITIVE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `报价单价须大于 0。`,
    en: () => `The unit price must be above 0.`,
  },
  QUOTE_OVER_BUDGET: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `报价总价 ${p.total} 元超过采购预算（最高限价）${p.budget} 元，请降低单价。`,
    en: (p) => `The quote total of ${p.total} yuan exceeds the budget (ceiling price) of ${p.budget} yuan; lower the unit price.`,
  },
  QUOTE_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该报价。`,
    en: () => `There is no such quote.`,
  },
  NOTIFICATION_DELIVERY_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `该通知投递当前为“${p.state}”，不能执行“${p.action}”。`,
    en: (p) => `The delivery is ${p.state}: "${p.action}" is not allowed in that state.`,
  },
  SUPPLIER_SEARCH_TOO_LONG: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `供应商查询内容过长（search），最多 ${p.max} 个字：请输入名称的一部分或统一社会信用代码的开头。`,
    en: (p) => `The supplier search is too long (search), at most ${p.max} characters: type part of the name or the start of the unified social credit code.`,
  },
  NOTIFICATION_DELIVERY_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `找不到该通知投递记录。`,
    en: () => `There is no such notice delivery.`,
  },
  NOTIFICATION_EVENT_TYPE_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `没有这类通知（eventType），请从通知设置列表中选择。`,
    en: () => `There is no such kind of notice (eventType); choose one from the notification settings.`,
  },
  NOTIFICATION_MANDATORY: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `这类通知涉及法定期限或专家抽取，不能关闭（eventType）。`,
    en: () => `This notice concerns a legal deadline or an expert draw and cannot be switched off (eventType).`,
  },
  NOTIFICATION_IN_APP_ALWAYS_ON: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `站内通知始终开启，只能设置邮件和浏览器推送（channel）。`,
    en: () => `In-app notices are always on; only e-mail and browser push can be set (channel).`,
  },
  NOTIFICATION_IDS_OR_ALL: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `请给出要标为已读的通知（ids，最多 100 条），或选择全部已读（all），二者选一。`,
    en: () => `Give the notices to mark read (ids, up to 100) or all: true, one of the two.`,
  },
  PUSH_SUBSCRIPTION_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `浏览器推送订阅无效（${p.field}）：请在浏览器中重新开启推送。`,
    en: (p) => `The browser push subscription is not valid (${p.field}): switch push on again in your browser.`,
  },
  NOTIFICATION_EMAIL_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => `邮箱地址格式不正确（email），例如 name@example.cn；留空则不发邮件。`,
    en: () => `The e-mail address is not valid (email), e.g. name@example.cn; leave it empty for no e-mail.`,
  },
  LENDER_FIELD_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请填写（${p.field}）（2–${p.max} 个字）。`,
    en: (p) => `Fill in ${p.field} (2–${p.max} characters).`,
  },
  LENDER_WEBHOOK_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `接收地址须为 http(s) 网址（${p.field}）。`,
    en: (p) => `The webhook must be an http(s) URL (${p.field}).`,
  },
  LENDER_KEY_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `银行公钥无效（${p.field}）：须为 04 开头、130 位十六进制的 SM2 公钥（曲线上的点）。`,
    en: (p) => `The lender's public key is invalid (${p.field}): an SM2 key is 130 hex digits starting 04, a point on the curve.`,
  },
  LENDER_ACCOUNT_NO_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `回款账号须为 8–32 位数字（${p.field}）。`,
    en: (p) => `The repayment account number must be 8–32 digits (${p.field}).`,
  },
  LENDER_DUPLICATE: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `统一社会信用代码为 ${p.uscc} 的银行已登记，请编辑原记录。`,
    en: (p) => `A lender with the code ${p.uscc} is already registered: edit it instead.`,
  },
  LENDER_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `没有该银行。`,
    en: () => `There is no such lender.`,
  },
  FINANCING_CONSENT_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `请勾选同意向银行发送合同数据（${p.field}），否则无法申请融资。`,
    en: (p) => `Tick the consent to send your contract data to the lender (${p.field}); without it no application is made.`,
  },
  FINANCING_SUBJECT_NOT_FOUND: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `没有找到贵单位持有的该合同或订单（${p.field}），请从可融资合同中选择。`,
    en: (p) => `No contract or order of your organisation was found (${p.field}): choose one of your financeable contracts.`,
  },
  FINANCING_SUBJECT_NOT_FINANCEABLE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `该合同或订单当前状态（${p.state}）不能融资（${p.field}）：合同须已签订，订单须已确认且尚未付款。`,
    en: (p) => `This contract or order cannot be financed in its state ${p.state} (${p.field}): a contract must be signed, an order confirmed and not yet paid.`,
  },
  FINANCING_BELOW_THRESHOLD: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `订单金额低于本省可融资起点 ¥${p.minimum}（${p.field}）。`,
    en: (p) => `The order is below the province's financing minimum of ¥${p.minimum} (${p.field}).`,
  },
  FINANCING_AMOUNT_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `申请金额须大于零且不超过合同金额 ¥${p.max}（${p.field}）。`,
    en: (p) => `The amount must be above zero and at most the contract amount ¥${p.max} (${p.field}).`,
  },
  FINANCING_LENDER_UNKNOWN: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `该银行未在本省登记或已停用（${p.field}），请选择列表中的银行。`,
    en: (p) => `This lender is not registered in this province or is inactive (${p.field}): choose one from the list.`,
  },
  FINANCING_ALREADY_OPEN: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `合同 ${p.contractNo} 已有进行中的融资申请（${p.field}）；被拒绝后才能重新申请。`,
    en: (p) => `Contract ${p.contractNo} already has an open financing application (${p.field}); apply again only after a rejection.`,
  },
  FINANCING_APPLICATION_NOT_FOUND: {
    code: ErrorCode.NotFound,
    'zh-CN': () => `没有该融资申请。`,
    en: () => `There is no such financing application.`,
  },
  FINANCING_TRANSITION_NOT_ALLOWED: {
    code: ErrorCode.Conflict,
    'zh-CN': (p) => `融资申请当前为“${FIN_STATE_ZH[p.state] ?? p.state}”，不能“${FIN_ACTION_ZH[p.action] ?? p.action}”。`,
    en: (p) => `The financing application is ${p.state}: it cannot be ${p.action}d now.`,
  },
  FINANCING_NOTICE_SIGNATURE_INVALID: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => `通知签名无效：须以银行登记的 SM2 私钥对请求体的规范 JSON 签名。`,
    en: () => `The notice signature is invalid: sign the body's canonical JSON with the lender's registered SM2 key.`,
  },
  FINANCING_NOTICE_INVALID: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `通知内容有误（${p.field}），请按接口说明填写。`,
    en: (p) => `The notice is malformed (${p.field}): see the notice protocol.`,
  },
} satisfies Record<string, Message>;

export type Reason = keyof typeof MESSAGES;

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

export function localize(reason: Reason, locale: Locale, params: Params = {}): string {
  return MESSAGES[reason][locale](params);
}

/** Picks the first supported language from an Accept-Language header; zh-CN by default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
