/**
 * What the generated catalogue is made of: leaf categories with their product nouns, brands
 * with product lines and model prefixes, specifications, and policy tags that fit them.
 * Prices are fen ranges. Every combination reads like a listing in a provincial mall.
 */
export interface Category {
  path: string[];
  noun: string;
  priceFen: [number, number];
  brands: { name: string; line: string; prefix: string }[];
  specs: string[];
  /** Policy tags that fit the goods, with the share of listings holding each (percent). */
  tags: [string, number][];
}

export const CATEGORIES: Category[] = [
  {
    path: ['A02', 'A0201', 'A020101'], noun: '台式计算机', priceFen: [350_000, 900_000],
    brands: [{ name: '联想', line: '启天', prefix: 'M' }, { name: '华为', line: '擎云', prefix: 'B' }, { name: '戴尔', line: 'OptiPlex', prefix: '' }, { name: '惠普', line: '战', prefix: '' }, { name: '清华同方', line: '超翔', prefix: 'Z' }, { name: '长城', line: '世恒', prefix: 'TD' }],
    specs: ['i5-12500/16G/512G', 'i5-13500/16G/1T', 'i7-13700/32G/1T', 'i5-1340P/16G/512G', 'R5-7600/16G/512G', '飞腾D2000/16G/512G'],
    tags: [['energy_saving', 70], ['environmental_label', 30], ['sme', 30]],
  },
  {
    path: ['A02', 'A0201', 'A020102'], noun: '便携式计算机', priceFen: [400_000, 1_200_000],
    brands: [{ name: '联想', line: 'ThinkPad', prefix: 'E' }, { name: '华为', line: 'MateBook', prefix: 'D' }, { name: '戴尔', line: 'Latitude', prefix: '' }, { name: '惠普', line: 'ProBook', prefix: '' }, { name: '联想', line: '昭阳', prefix: 'K' }],
    specs: ['i5-1340P/16G/512G', 'i7-1360P/16G/1T', 'i5-1235U/8G/512G', 'R7-7730U/16G/512G', 'Ultra5-125H/32G/1T'],
    tags: [['energy_saving', 65], ['environmental_label', 25], ['sme', 25]],
  },
  {
    path: ['A02', 'A0206', 'A020601'], noun: '空调', priceFen: [200_000, 1_500_000],
    brands: [{ name: '格力', line: '云佳', prefix: 'KFR-' }, { name: '美的', line: '酷省电', prefix: 'KFR-' }, { name: '海尔', line: '静悦', prefix: 'KFR-' }, { name: '海信', line: '速冷', prefix: 'KFR-' }],
    specs: ['壁挂式 1.5匹 一级能效', '柜式 3匹 一级能效', '壁挂式 1匹 新一级能效', '吸顶式 5匹 二级能效'],
    tags: [['energy_saving', 80], ['sme', 20]],
  },
  {
    path: ['A02', 'A0208', 'A020801'], noun: '打印机', priceFen: [80_000, 600_000],
    brands: [{ name: '惠普', line: 'LaserJet', prefix: 'M' }, { name: '佳能', line: 'imageCLASS', prefix: 'LBP' }, { name: '奔图', line: '', prefix: 'P' }, { name: '兄弟', line: '', prefix: 'HL-' }],
    specs: ['黑白激光 A4 双面', '彩色激光 A4 网络', '黑白激光 A3 双面网络', '喷墨 A4 无线'],
    tags: [['energy_saving', 50], ['environmental_label', 40], ['sme', 30]],
  },
  {
    path: ['A09', 'A0901', 'A090101'], noun: '打印纸', priceFen: [1_500, 30_000],
    brands: [{ name: '得力', line: '', prefix: 'DL-' }, { name: '晨光', line: '', prefix: 'CG-' }, { name: '亚太森博', line: '百旺', prefix: 'BW-' }, { name: '齐心', line: '', prefix: 'QX-' }],
    specs: ['A4 70g 500张/包', 'A4 80g 500张/包 5包/箱', 'A3 70g 500张/包', 'A4 70g 500张/包 8包/箱'],
    tags: [['environmental_label', 60], ['sme', 50], ['rural_revitalization', 2]],
  },
  {
    path: ['A06', 'A0601', 'A060101'], noun: '办公椅', priceFen: [30_000, 300_000],
    brands: [{ name: '震旦', line: '', prefix: 'AC-' }, { name: '圣奥', line: '', prefix: 'SA-' }, { name: '永艺', line: '', prefix: 'YY-' }, { name: '黑白调', line: '', prefix: 'HB-' }],
    specs: ['人体工学 网布 带扶手', '皮质 高背 可升降', '会议椅 带写字板', '职员椅 网布 固定扶手'],
    tags: [['environmental_label', 30], ['sme', 60], ['prison_enterprise', 3], ['disability_welfare', 2]],
  },
  {
    path: ['A06', 'A0601', 'A060102'], noun: '办公桌', priceFen: [80_000, 800_000],
    brands: [{ name: '震旦', line: '', prefix: 'AD-' }, { name: '圣奥', line: '', prefix: 'SD-' }, { name: '美时', line: '', prefix: 'MS-' }],
    specs: ['1.4米 钢木 带抽屉', '1.6米 实木贴皮 主管桌', '屏风工位 四人位', '1.2米 板式 职员桌'],
    tags: [['environmental_label', 35], ['sme', 60], ['prison_enterprise', 4]],
  },
  {
    path: ['A02', 'A0210', 'A021001'], noun: '投影仪', priceFen: [200_000, 2_000_000],
    brands: [{ name: '爱普生', line: 'CB', prefix: '' }, { name: '明基', line: 'E', prefix: '' }, { name: '索尼', line: 'VPL', prefix: '-' }],
    specs: ['4000流明 1080P 会议室', '5000流明 WUXGA 激光', '3600流明 XGA 教学'],
    tags: [['energy_saving', 40], ['sme', 20]],
  },
  {
    path: ['A10', 'A1001', 'A100101'], noun: '大米', priceFen: [5_000, 30_000],
    brands: [{ name: '五常', line: '稻花香', prefix: 'WC-' }, { name: '广西', line: '香米', prefix: 'GX-' }, { name: '十月稻田', line: '', prefix: 'SY-' }],
    specs: ['10kg 袋装 一级', '5kg 真空包装', '25kg 食堂装'],
    tags: [['rural_revitalization', 60], ['sme', 70]],
  },
  {
    path: ['A02', 'A0201', 'A020105'], noun: '服务器', priceFen: [1_500_000, 8_000_000],
    brands: [{ name: '华为', line: 'FusionServer', prefix: '2288H' }, { name: '浪潮', line: '英信', prefix: 'NF' }, { name: '新华三', line: 'UniServer', prefix: 'R' }],
    specs: ['2U 双路 64G 4T', '1U 单路 32G 2T', '2U 双路 鲲鹏920 128G'],
    tags: [['energy_saving', 50], ['first_of_kind', 5], ['sme', 10]],
  },
];

/** Words buyers meet in titles; 商用 and 办公 are the very common ones. */
export const ADJECTIVES = ['商用', '办公', '国产', '信创', '高性能', '节能', '政府采购', '教育', '家用', '高端', '经济型', '新款'];

export const CITIES: Record<string, string[]> = {
  '330000': ['330106', '330102', '330203', '330302', '330402', '330602', '330782', '331002'],
  '500000': ['500103', '500105', '500106', '500112', '500113', '500118'],
  '450000': ['450103', '450105', '450203', '450305', '450502', '451002'],
};
/** Suppliers from elsewhere that sell in every province. */
export const OUT_OF_PROVINCE = ['110108', '310115', '440305', '320106'];
export const SUPPLIER_WORDS = ['华信', '恒达', '博远', '中科', '联创', '鑫源', '正和', '天成', '汇通', '智联', '同信', '瑞丰'];
export const SUPPLIER_KINDS = ['科技有限公司', '信息技术有限公司', '办公用品有限公司', '贸易有限公司', '电子设备有限公司'];
