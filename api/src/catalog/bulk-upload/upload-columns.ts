/** The columns of the bulk-upload template, in order; headers are what suppliers see. */
export interface UploadColumn {
  readonly key: UploadColumnKey;
  readonly header: string;
  readonly required: boolean;
  readonly help: string;
}

export type UploadColumnKey =
  | 'categoryCode' | 'standardProductId' | 'title' | 'description' | 'brand' | 'model' | 'price' | 'stock'
  | 'deliveryRegionCodes' | 'imageUrls' | 'warrantyMonths' | 'policyTags' | 'certificateNos' | 'issuers' | 'validUntils';

export const UPLOAD_COLUMNS: readonly UploadColumn[] = [
  { key: 'categoryCode', header: '品目编码', required: true, help: '政府采购品目编码，如 A02010104（台式计算机）' },
  { key: 'standardProductId', header: '标准商品编号', required: false, help: '引用标准商品时填写其编号；品牌、型号以标准商品为准' },
  { key: 'title', header: '商品名称', required: true, help: '2–120 个字' },
  { key: 'description', header: '商品描述', required: true, help: '纯文本，最多 5000 个字；其中的 HTML 标记按原文显示' },
  { key: 'brand', header: '品牌', required: false, help: '最多 64 个字' },
  { key: 'model', header: '型号', required: false, help: '最多 64 个字' },
  { key: 'price', header: '价格（元）', required: true, help: '大于 0，最多两位小数，如 4999.00' },
  { key: 'stock', header: '库存', required: true, help: '0 或正整数' },
  { key: 'deliveryRegionCodes', header: '配送区域', required: true, help: '6 位行政区划代码，多个用 ; 分隔，如 330100;330200' },
  { key: 'imageUrls', header: '图片地址', required: false, help: 'https 地址，多个用 ; 分隔，最多 10 个' },
  { key: 'warrantyMonths', header: '质保期（月）', required: true, help: '0–120 的整数' },
  { key: 'policyTags', header: '政策标签', required: false, help: '节能产品、环境标志产品、首台套、中小企业、监狱企业、残疾人福利性单位、乡村振兴，多个用 ; 分隔' },
  { key: 'certificateNos', header: '证书编号', required: false, help: '与政策标签一一对应，用 ; 分隔；中小企业留空' },
  { key: 'issuers', header: '发证机构', required: false, help: '与政策标签一一对应，用 ; 分隔' },
  { key: 'validUntils', header: '证书有效期至', required: false, help: 'YYYY-MM-DD，与政策标签一一对应，用 ; 分隔' },
];

/** The column a listing field's problem belongs to, for the error report. */
export function columnOfField(field: string): UploadColumn | undefined {
  const head = field.replace(/\[\d+\].*$/, '');
  const key: string =
    head === 'policyTags'
      ? ({ certificateNo: 'certificateNos', issuer: 'issuers', validUntil: 'validUntils' } as Record<string, string>)[field.split('.').pop() ?? ''] ?? 'policyTags'
      : head;
  return UPLOAD_COLUMNS.find((c) => c.key === key);
}
