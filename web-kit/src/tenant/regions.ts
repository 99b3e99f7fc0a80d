import { areaList } from '@vant/area-data';
import { EN } from './provinces';

/**
 * Names of GB/T 2260 regions: provinces, cities and counties, in Chinese, from the
 * `@vant/area-data` table. English names exist for provinces only (provinces.ts); below them
 * the English interface shows the Chinese name, as addresses are written.
 */
const { province_list: PROVINCES, city_list: CITIES, county_list: COUNTIES } = areaList;

/**
 * Table rows that stand for "the counties directly under the province" or repeat a
 * municipality's name (北京市 under 北京市, 县 under 重庆市): no part of a name.
 */
const placeholder = (city: string, province: string) => city === province || city === '县' || city.includes('直辖');

/** The Chinese names from the province down, or null when the table does not know the code. */
function names(code: string): string[] | null {
  const provinceCode = `${code.slice(0, 2)}0000`;
  const province = PROVINCES[provinceCode];
  if (!province) return null;
  if (code === provinceCode) return [province];
  const cityCode = `${code.slice(0, 4)}00`;
  const city = CITIES[cityCode];
  if (!city) return null;
  const upper = placeholder(city, province) ? [province] : [province, city];
  if (code === cityCode) return upper;
  const county = COUNTIES[code];
  return county ? [...upper, county] : null;
}

/**
 * A region code for people. Chinese: the names from the province down, as an address begins
 * (浙江省杭州市西湖区). English: the Chinese names below the province, then the province
 * (杭州市西湖区, Zhejiang). A code the table does not know keeps its digits after the province's
 * name (浙江省 330199); one outside every province is shown as it is.
 */
export function regionLabel(code: string, locale: string): string {
  const provinceCode = `${code.slice(0, 2)}0000`;
  const en = locale.startsWith('en');
  const province = en ? EN[provinceCode] : PROVINCES[provinceCode];
  if (!province) return code;
  const found = names(code);
  if (!found) return `${province} ${code}`;
  const below = found.slice(1).join('');
  if (!below) return province;
  return en ? `${below}, ${province}` : `${province}${below}`;
}

/**
 * The codes of a province, its cities and its counties, in code order; not the placeholder
 * rows, whose label would repeat the province's.
 */
export function regionsOf(provinceCode: string): string[] {
  const prefix = provinceCode.slice(0, 2);
  const province = PROVINCES[`${prefix}0000`];
  if (!province) return [];
  const inside = (table: Record<string, string>) => Object.keys(table).filter((c) => c.startsWith(prefix));
  const cities = inside(CITIES).filter((c) => !placeholder(CITIES[c], province));
  const counties = inside(COUNTIES).filter((c) => names(c) !== null);
  return [`${prefix}0000`, ...cities, ...counties].sort();
}

/** Every province's code, in code order. */
export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCES).sort();

/** Whether a six-digit code names a region the table knows. */
export const isKnownRegion = (code: string) => /^\d{6}$/.test(code) && names(code) !== null;
