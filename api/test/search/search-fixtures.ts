import { newId, PolicyTag } from '@zhengcai/schema';
import type { SearchDocument } from '../../src/catalog/search/search-port.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Category codes (root → leaf): 计算机设备 / 台式计算机, 便携式计算机; 办公设备 / 空调; 办公消耗用品 / 纸张. */
export const CAT = {
  computers: 'A0201',
  desktops: 'A020101',
  laptops: 'A020102',
  office: 'A0206',
  airCon: 'A020601',
  supplies: 'A0901',
  paper: 'A090101',
} as const;
const path = (leaf: string) => [leaf.slice(0, 3), leaf.slice(0, 5), leaf];

type Spec = Partial<SearchDocument> & Pick<SearchDocument, 'title' | 'brand' | 'model' | 'priceFen'> & { leaf: string };

function doc(tenantId: string, s: Spec): SearchDocument {
  const { leaf, ...rest } = s;
  return {
    tenantId,
    listingId: newId(),
    description: '',
    categoryPath: path(leaf),
    stock: 10,
    salesCount: 0,
    policyTags: [],
    supplierId: newId(),
    supplierName: '杭州测试科技有限公司',
    supplierRegion: '330106',
    integrityScore: 80,
    updatedAt: new Date(),
    ...rest,
  };
}

/**
 * A small catalogue whose every expected result is known: two paper listings equal in text
 * but one labelled (环境标志) and one better on every other component; an air conditioner
 * whose energy label expired yesterday; a laptop with a model number; one listing out of stock.
 */
export function catalogue(tenantId: string) {
  const supplier = { a: newId(), b: newId() };
  const docs = {
    desktop: doc(tenantId, {
      title: '联想 启天 M437 台式计算机', brand: '联想', model: '启天M437(i5-12500/16G/512G)', priceFen: 499_900n, leaf: CAT.desktops,
      policyTags: [{ tag: PolicyTag.EnergySaving, validUntil: day(365) }], integrityScore: 90, salesCount: 120, supplierId: supplier.a,
      description: '商用台式机，适合政府机关办公', supplierRegion: '330106',
    }),
    desktop2: doc(tenantId, {
      title: '华为 擎云 B730E 台式计算机', brand: '华为', model: 'B730E', priceFen: 529_900n, leaf: CAT.desktops,
      integrityScore: 95, salesCount: 300, supplierId: supplier.b, supplierName: '深圳测试信息技术有限公司', supplierRegion: '440305',
    }),
    laptop: doc(tenantId, {
      title: '联想 ThinkPad E14 便携式计算机 轻薄笔记本', brand: 'ThinkPad', model: 'E14(i5-1340P/16G/512G)', priceFen: 569_900n, leaf: CAT.laptops,
      policyTags: [{ tag: PolicyTag.EnergySaving, validUntil: day(30) }], integrityScore: 85, salesCount: 80, supplierId: supplier.a, supplierRegion: '330102',
    }),
    paperLabelled: doc(tenantId, {
      title: '得力 A4 打印纸 70g 500张/包', brand: '得力', model: 'DL-7050', priceFen: 2_500n, leaf: CAT.paper,
      policyTags: [{ tag: PolicyTag.EnvironmentalLabel, validUntil: day(200) }], integrityScore: 60, salesCount: 10, supplierRegion: '330102',
    }),
    paperPlain: doc(tenantId, {
      title: '晨光 A4 打印纸 70g 500张/包', brand: '晨光', model: 'CG-7050', priceFen: 2_000n, leaf: CAT.paper,
      integrityScore: 100, salesCount: 5000, supplierRegion: '310115', supplierName: '上海测试文具有限公司',
    }),
    airConExpired: doc(tenantId, {
      title: '格力 KFR-35GW 一级能效 壁挂式空调', brand: '格力', model: 'KFR-35GW/NhGd1B', priceFen: 329_900n, leaf: CAT.airCon,
      policyTags: [{ tag: PolicyTag.EnergySaving, validUntil: day(-1) }], integrityScore: 88, salesCount: 60, supplierRegion: '440404',
    }),
    airCon: doc(tenantId, {
      title: '美的 KFR-26GW 新一级能效 空调 挂机', brand: '美的', model: 'KFR-26GW/N8MJA1', priceFen: 259_900n, leaf: CAT.airCon,
      policyTags: [{ tag: PolicyTag.EnergySaving, validUntil: null }, { tag: PolicyTag.Sme, validUntil: null }], integrityScore: 70, salesCount: 40, stock: 0,
      supplierRegion: '330206',
    }),
  };
  return { docs, all: Object.values(docs), supplier };
}
