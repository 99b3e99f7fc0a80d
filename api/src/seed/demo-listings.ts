import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@zhengcai/schema';

/** One product line of the demo mall; each variant becomes a listing on sale. */
interface DemoProduct {
  category: string;
  noun: string;
  spec: string;
  warranty: number;
  /** Tags with certificates: 节能产品 where the category requires it, 环境标志 on some. */
  tags?: ('energy_saving' | 'environmental_label')[];
  variants: [brand: string, model: string, yuan: number][];
}

const PRODUCTS: DemoProduct[] = [
  { category: 'A02010104', noun: '台式计算机', spec: 'i5 处理器 16G 内存 512G 固态硬盘 23.8 英寸显示器', warranty: 36, tags: ['energy_saving'], variants: [['联想', 'M4000q', 4899], ['华为', 'B515', 5299], ['同方', '超翔 Z8000', 4599]] },
  { category: 'A02010105', noun: '便携式计算机', spec: '14 英寸 i7 处理器 16G 内存 1T 固态硬盘', warranty: 24, tags: ['energy_saving'], variants: [['联想', '昭阳 K4e', 6299], ['华为', 'MateBook B7', 7599]] },
  { category: 'A0201060102', noun: '黑白激光打印机', spec: 'A4 幅面 每分钟 30 页 自动双面 有线网络', warranty: 12, tags: ['energy_saving', 'environmental_label'], variants: [['奔图', 'P3305DN', 1399], ['惠普', 'M232dw', 1699], ['联想', 'LJ2605D', 1199]] },
  { category: 'A0201060401', noun: '液晶显示器', spec: '23.8 英寸 IPS 1920×1080 低蓝光', warranty: 36, tags: ['energy_saving'], variants: [['AOC', '24B2XH', 699], ['飞利浦', '242V8', 799]] },
  { category: 'A020201', noun: '数码复印机', spec: 'A3 黑白 每分钟 35 页 双面器 输稿器', warranty: 12, tags: ['energy_saving'], variants: [['柯尼卡美能达', 'bizhub 367', 16800], ['理光', 'IM 3500', 18900]] },
  { category: 'A02061804', noun: '壁挂式空调', spec: '1.5 匹 一级能效 变频 冷暖', warranty: 72, tags: ['energy_saving'], variants: [['格力', 'KFR-35GW', 3299], ['美的', 'KFR-35GW/N8', 2999], ['海尔', 'KFR-35GW/81', 3099]] },
  { category: 'A060301', noun: '办公椅', spec: '人体工学 网布靠背 可调扶手 五星脚', warranty: 36, tags: ['environmental_label'], variants: [['震旦', 'CEO-68', 899], ['圣奥', 'SA-M1', 1080], ['永艺', 'YY-520', 760], ['黑白调', 'HB-230', 599], ['西昊', 'M57', 689], ['震旦', 'AK-28', 459], ['永艺', 'YY-601', 980]] },
  { category: 'A060201', noun: '办公桌', spec: '1.4 米 钢木结构 带三抽活动柜', warranty: 36, variants: [['震旦', 'DK-1400', 1380], ['圣奥', 'SA-Z14', 1520], ['华鹤', 'HH-1406', 1260], ['科润', 'KR-140', 980], ['百利', 'BL-1408', 1150], ['圣奥', 'SA-Z16', 1780], ['华鹤', 'HH-1206', 1090]] },
  { category: 'A060501', noun: '办公文件柜', spec: '钢制 1.8 米 上玻下铁 四层', warranty: 60, variants: [['震旦', 'FC-180', 1080], ['华鹤', 'HH-G18', 960], ['科润', 'KR-G180', 880], ['百利', 'BL-G18', 920]] },
  { category: 'A080101', noun: '办公复印纸', spec: 'A4 70 克 500 张/包 8 包/箱', warranty: 0, tags: ['environmental_label'], variants: [['得力', '莱茵河 A4-70', 189], ['晨光', 'APYVP', 175], ['亚太森博', '百旺 A4-70', 199]] },
  { category: 'A0901', noun: '激光打印机硒鼓', spec: '适配 M7400 系列 约 2600 页', warranty: 12, variants: [['天威', 'TW-2441', 149], ['格之格', 'NT-PL2441', 129]] },
  { category: 'A02061910', noun: 'LED 平板灯', spec: '600×600 36W 4000K 嵌入式', warranty: 36, tags: ['energy_saving'], variants: [['欧普', 'LED-6060', 129], ['雷士', 'NVC-36W', 139]] },
];

/** The titles the demo mall lists (tests tell its listings from those made by hand). */
export const DEMO_LISTING_TITLES: readonly string[] = PRODUCTS.flatMap((p) => p.variants.map(([brand, model]) => demoTitle(brand, p.noun, model)));

function demoTitle(brand: string, noun: string, model: string): string {
  return `${brand} ${noun} ${model}`;
}

const PROVINCE_REGION: Record<string, { province: string; capital: string }> = {
  zj: { province: '330000', capital: '330100' }, cq: { province: '500000', capital: '500103' }, gx: { province: '450000', capital: '450100' },
};

/**
 * The demo mall of one tenant: listings on sale from its two demo suppliers, with
 * certificates where the category requires them and a price history, inside that tenant's
 * transaction. New listings get a `catalog.listing.changed` event, so the workers index them
 * (and buyers find them) as soon as they run. Idempotent.
 */
export async function seedDemoListings(em: EntityManager, tenant: { id: string; slug: string }): Promise<number> {
  const regions = PROVINCE_REGION[tenant.slug];
  if (!regions) return 0;
  const suppliers = await em.execute<{ id: string }[]>(
    `select o.id from organisation o join user_account u on u.organisation_id = o.id
     where o.tenant_id = ? and u.login_name in (?, ?) order by u.login_name`,
    [tenant.id, `${tenant.slug}-supplier1`, `${tenant.slug}-supplier2`],
  );
  if (suppliers.length < 2) return 0;
  const approvedAt = new Date();
  const earlier = new Date(approvedAt.getTime() - 30 * 86_400_000);
  const rows = PRODUCTS.flatMap((p, pi) =>
    p.variants.map(([brand, model, yuan], vi) => {
      const policyTags = (p.tags ?? []).map((tag, ti) => ({
        tag,
        certificateNo: `CQC${String(pi * 100 + vi * 10 + ti).padStart(6, '0')}`,
        issuer: tag === 'energy_saving' ? '中国质量认证中心' : '中环联合（北京）认证中心有限公司',
        validUntil: '2028-12-31',
      }));
      return {
        id: newId(), supplier_id: suppliers[(pi + vi) % 2].id, category_code: p.category,
        title: demoTitle(brand, p.noun, model), description: `${p.noun}，${p.spec}。含送货上门与安装调试。`,
        brand, model, price_fen: yuan * 100, stock: 20 + ((pi * 7 + vi * 13) % 180),
        regions: [regions.province, regions.capital], warranty: p.warranty, policy_tags: policyTags,
        // Every third listing was dearer a month ago, so its price history has two points.
        previous_fen: (pi + vi) % 3 === 0 ? Math.round(yuan * 1.06) * 100 : null,
      };
    }),
  );
  // A listing already there (same supplier, same title) is left alone: seeding again adds nothing.
  const inserted = await em.execute<{ id: string }[]>(
    `insert into listing (id, tenant_id, supplier_id, category_id, title, description, brand, model, price_fen, stock,
                          delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
     select x.id, ?, x.supplier_id, c.id, x.title, x.description, x.brand, x.model, x.price_fen, x.stock,
            array(select jsonb_array_elements_text(x.regions)), '{}', x.warranty, x.policy_tags, 'approved', ?, ?
     from jsonb_to_recordset(?::jsonb) as x(id uuid, supplier_id uuid, category_code text, title text, description text, brand text,
          model text, price_fen bigint, stock int, regions jsonb, warranty smallint, policy_tags jsonb)
     join category c on c.tenant_id = ? and c.code = x.category_code
     where not exists (select 1 from listing l where l.tenant_id = ? and l.supplier_id = x.supplier_id and l.title = x.title)
     returning id`,
    [tenant.id, earlier, approvedAt, JSON.stringify(rows), tenant.id, tenant.id],
  );
  if (inserted.length === 0) return 0;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const history = inserted.flatMap(({ id }) => {
    const l = byId.get(id)!;
    return [
      ...(l.previous_fen ? [{ id: newId(), listing_id: id, price_fen: l.previous_fen, previous_fen: null, at: earlier }] : []),
      { id: newId(), listing_id: id, price_fen: l.price_fen, previous_fen: l.previous_fen, at: approvedAt },
    ];
  });
  await em.execute(
    `insert into listing_price_change (id, tenant_id, created_at, listing_id, price_fen, previous_price_fen)
     select x.id, ?, x.at, x.listing_id, x.price_fen, x.previous_fen
     from jsonb_to_recordset(?::jsonb) as x(id uuid, listing_id uuid, price_fen bigint, previous_fen bigint, at timestamptz)`,
    [tenant.id, JSON.stringify(history)],
  );
  const events = inserted.map(({ id }) => ({ id: newId(), listing_id: id }));
  await em.execute(
    `insert into outbox_event (id, tenant_id, type, payload, request_id)
     select x.id, ?, 'catalog.listing.changed', jsonb_build_object('listingId', x.listing_id), 'seed'
     from jsonb_to_recordset(?::jsonb) as x(id uuid, listing_id uuid)`,
    [tenant.id, JSON.stringify(events)],
  );
  return inserted.length;
}
