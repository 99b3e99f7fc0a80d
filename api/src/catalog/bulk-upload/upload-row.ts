import { type Fen, parseYuan, PolicyTag } from '@zhengcai/schema';
import { ProblemList } from '../problems.js';
import type { ListingInput, PolicyTagInput } from '../listings/listing-input.js';
import type { UploadValues } from './upload-file.js';

const PRICE = /^\d{1,12}(\.\d{1,2})?$/;
const SIGNED_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const INTEGER = /^\d{1,9}$/;

/** Chinese labels and API codes both name a tag in a sheet. */
const TAGS: Record<string, PolicyTag> = {
  节能产品: PolicyTag.EnergySaving,
  环境标志产品: PolicyTag.EnvironmentalLabel,
  首台套: PolicyTag.FirstOfKind,
  中小企业: PolicyTag.Sme,
  监狱企业: PolicyTag.PrisonEnterprise,
  残疾人福利性单位: PolicyTag.DisabilityWelfare,
  残疾人福利单位: PolicyTag.DisabilityWelfare,
  乡村振兴: PolicyTag.RuralRevitalization,
  '832': PolicyTag.RuralRevitalization,
  ...Object.fromEntries(Object.values(PolicyTag).map((t) => [t.toUpperCase(), t])),
};

const list = (value: string) => (value ? value.split(/[;；]/).map((v) => v.trim()) : []);

/**
 * A sheet row as a listing input, or the problems that keep it from being one (a price that
 * is not an amount, a count that is not a whole number, an unknown tag). Everything else is
 * judged by the same checks as the GraphQL input.
 */
export function rowToListingInput(v: UploadValues): { input?: ListingInput; problems: ProblemList } {
  const problems = new ProblemList();
  const priceFen = parsePrice(problems, v.price);
  const stock = parseInteger(problems, 'stock', v.stock);
  const warrantyMonths = parseInteger(problems, 'warrantyMonths', v.warrantyMonths);
  const tags = list(v.policyTags).filter(Boolean);
  const certificateNos = list(v.certificateNos);
  const issuers = list(v.issuers);
  const validUntils = list(v.validUntils);
  const policyTags: PolicyTagInput[] = [];
  tags.forEach((name, i) => {
    const tag = TAGS[name] ?? TAGS[name.toUpperCase()];
    if (!tag) return problems.add(`policyTags[${i}].tag`, 'POLICY_TAG_UNKNOWN', { value: name.slice(0, 20), allowed: '节能产品、环境标志产品、首台套、中小企业、监狱企业、残疾人福利性单位、乡村振兴' });
    policyTags.push({ tag, certificateNo: certificateNos[i] || null, issuer: issuers[i] || null, validUntil: validUntils[i] || null });
  });
  if (problems.items.length) return { problems };
  return {
    problems,
    input: {
      categoryCode: v.categoryCode,
      standardProductId: v.standardProductId || null,
      title: v.title,
      description: v.description,
      brand: v.brand || null,
      model: v.model || null,
      priceFen: priceFen!,
      stock: stock!,
      deliveryRegionCodes: list(v.deliveryRegionCodes).filter(Boolean),
      imageUrls: list(v.imageUrls).filter(Boolean),
      warrantyMonths: warrantyMonths!,
      policyTags,
    },
  };
}

/** Yuan text to fen, exactly: more than two decimals is refused, never rounded. */
function parsePrice(problems: ProblemList, text: string): Fen | undefined {
  const value = text.replace(/^[¥￥]/, '').replace(/,/g, '').trim();
  if (PRICE.test(value)) {
    const fen = parseYuan(value);
    if (fen <= 0n) problems.add('price', 'PRICE_NOT_POSITIVE', { value });
    return fen;
  }
  if (SIGNED_DECIMAL.test(value) && (value.startsWith('-') || /^[+-]?0*(\.0*)?$/.test(value))) problems.add('price', 'PRICE_NOT_POSITIVE', { value });
  else problems.add('price', 'PRICE_FORMAT', { value: text.slice(0, 40) });
  return undefined;
}

function parseInteger(problems: ProblemList, field: string, text: string): number | undefined {
  if (INTEGER.test(text)) return Number(text);
  problems.add(field, 'INTEGER_FORMAT', { value: text.slice(0, 40) });
  return undefined;
}
