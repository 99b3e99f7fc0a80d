import { randomInt } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import { levelOf } from '../src/catalog/categories/category-code.js';
import { DEMO_CATEGORIES } from '../src/catalog/categories/category-tree-data.js';
import type { PeopleFixture } from './identity.js';
import { asOwner } from './tenants.js';

/** The demo category tree in a test tenant, written as the owner (as the seed does). */
export async function seedCategories(tenantId: string): Promise<void> {
  const rows = DEMO_CATEGORIES.map((c) => ({ id: newId(), tenant_id: tenantId, code: c.code, name: c.name, level: levelOf(c.code), energy: c.energy ?? false }));
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into category (id, tenant_id, code, name, level, energy_saving_mandatory)
       select id, tenant_id, code, name, level, energy from jsonb_to_recordset($1::jsonb) as x(id uuid, tenant_id uuid, code text, name text, level smallint, energy boolean)
       on conflict (tenant_id, code) do nothing`,
      [JSON.stringify(rows)],
    );
    await c.query(`update category c set parent_id = p.id from category p where p.tenant_id = c.tenant_id and c.parent_id is null and length(c.code) > 1 and p.code = left(c.code, length(c.code) - 2)`);
  });
}

/** A certificate valid for years to come. */
export const VALID_CERT = { certificateNo: 'CQC24701234567', issuer: '中国质量认证中心', validUntil: '2099-12-31' };

/** A listing input that passes every check: an office desk (not on the energy-saving list). */
export function deskInput(overrides: Record<string, unknown> = {}) {
  return {
    categoryCode: 'A060201',
    title: `办公桌 1.4 米 ${randomInt(1_000_000)}`,
    description: '钢木结构，含抽屉与锁。',
    brand: '某品牌',
    model: `BZ-${randomInt(1_000_000)}`,
    price: '1280.00',
    stock: 50,
    deliveryRegionCodes: ['330100', '330200'],
    imageUrls: ['https://img.example.cn/desk.jpg'],
    warrantyMonths: 36,
    policyTags: [],
    ...overrides,
  };
}

/** A desktop computer (mandatory energy-saving category) with a valid 节能产品 certificate. */
export function desktopInput(overrides: Record<string, unknown> = {}) {
  return deskInput({
    categoryCode: 'A02010104',
    title: `台式计算机 i5/16G/512G ${randomInt(1_000_000)}`,
    price: '4999.00',
    policyTags: [{ tag: 'ENERGY_SAVING', ...VALID_CERT }],
    ...overrides,
  });
}

/**
 * A listing of the fixture's supplier written straight into a state, as the owner: for tests
 * that need many listings in given states (role matrix, cross-tenant cases).
 */
export async function insertListing(people: PeopleFixture, state: 'draft' | 'submitted' | 'approved' | 'rejected' | 'delisted', priceFen = 128_000n): Promise<string> {
  const id = newId();
  await asOwner(people.tenant.id, (c) =>
    c.query(
      `insert into listing (id, tenant_id, supplier_id, category_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
       select $1, $2, $3, id, '测试办公桌', '测试', $4, 10, '{330100}', '{}', 12, '[]', $5::listing_state,
              case when $5 <> 'draft' then now() end, case when $5 = 'approved' then now() end
       from category where code = 'A060201'`,
      [id, people.tenant.id, people.organisations.supplier.id, priceFen.toString(), state],
    ),
  );
  return id;
}

export async function listingState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from listing where id = $1', [id])).rows[0]?.state);
}

/** A CSV upload of one valid desk row, base64 (UTF-8 with BOM, as Excel writes). */
export function oneRowCsvBase64(): string {
  const header = '品目编码,标准商品编号,商品名称,商品描述,品牌,型号,价格（元）,库存,配送区域,图片地址,质保期（月）,政策标签,证书编号,发证机构,证书有效期至';
  const row = `A060201,,矩阵办公桌 ${randomInt(1_000_000)},钢木结构,某品牌,BZ-1,1280.00,5,330100,,12,,,,`;
  return Buffer.from(`\uFEFF${header}\r\n${row}\r\n`, 'utf8').toString('base64');
}
