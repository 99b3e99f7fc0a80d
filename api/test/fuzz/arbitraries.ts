import fc from 'fast-check';
import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Ids worth trying besides random ones: the tenant's own rows (to get past "not found") and another tenant's. */
export interface IdPool {
  own: readonly string[];
  foreign: readonly string[];
}

const HUGE = 12_000;

/** Text that has broken input handling somewhere before: empty, huge, CJK, control characters, markup, SQL. */
const NASTY_STRINGS = [
  '',
  ' ',
  '   \t\n ',
  '采购人',
  '某某市政府采购中心（集中采购机构）',
  'ＡＢＣ１２３',
  '😀🏛️👨‍👩‍👧',
  '\u202eevil\u202c',
  'a\u0000b',
  '\u0000',
  '\u0001\u0008\u001b[31m',
  '\r\n\r\n',
  "' or 1=1 --",
  "'; drop table tenant; --",
  '"); select pg_sleep(0); --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '%s%n%x',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '2026-01-05',
  '2026-02-30',
  '2026-01-05T08:00:00.000Z',
  'A02010104',
  '91110000100000000X',
  'x.csv',
  'x.xlsx',
  '\ud800',
  'é'.normalize('NFD'),
  '中'.repeat(HUGE),
  'a'.repeat(HUGE * 3),
] as const;

export const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 200 }) },
);

const intArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -1, 1, 100, 10_000, 2_147_483_647, -2_147_483_648, 99_999),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

const floatArb: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1, -1.5, 1e308, -1e308, 5e-324, 1 / 3),
);

const moneyArb: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: -1_000_000_00n, max: 100_000_000_00n }).map((fen) => `${fen < 0n ? '-' : ''}${(fen < 0n ? -fen : fen) / 100n}.${String((fen < 0n ? -fen : fen) % 100n).padStart(2, '0')}`),
  fc.constantFrom('0.00', '0', '0.01', '-0.01', '1', '100.5', '9999999999999999.99', '-9999999999999999.99', '1280.00'),
);

const uuidArb = fc.uuid();

function idArb(ids: IdPool): fc.Arbitrary<string> {
  const pools: fc.Arbitrary<string>[] = [uuidArb, fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff')];
  if (ids.own.length) pools.push(fc.constantFrom(...ids.own), fc.constantFrom(...ids.own));
  if (ids.foreign.length) pools.push(fc.constantFrom(...ids.foreign));
  return fc.oneof(...pools);
}

const BAD_IDS = ['', 'not-a-uuid', '1', "' or 1=1 --", '00000000-0000-0000-0000-00000000000g', '{00000000-0000-0000-0000-000000000000}', '中'.repeat(36)];

const dateTimeArb: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);

const BAD_DATETIMES = ['', 'yesterday', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-05', '0000-01-01T00:00:00Z', '275760-09-13T00:00:00.001Z', '2026-01-05T25:61:00Z'];
const BAD_MONEY: unknown[] = ['1.234', 'abc', '', '１２.００', '1e5', ' 1.00', '1,000.00', '+1.00', '12345678901234567.00', 1.5, 100, true, null, {}];

/** A value of the wrong JSON shape for any slot. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e300, '', 'junk', [], {}, [null], { x: 1 }, ['a', 1]),
  fc.string({ maxLength: 10 }),
  fc.integer(),
);

export interface ArbOptions {
  ids: IdPool;
  /** Let some values be of the wrong type, to exercise coercion errors. */
  illTyped: boolean;
}

/** The arbitrary of a custom or built-in scalar, by name; unknown scalars get strings. */
function scalarArb(name: string, o: ArbOptions): fc.Arbitrary<unknown> {
  const typed: fc.Arbitrary<unknown> = (() => {
    switch (name) {
      case 'String': return stringArb;
      case 'ID': return idArb(o.ids);
      case 'Int': return intArb;
      case 'Float': return floatArb;
      case 'Boolean': return fc.boolean();
      case 'Money': return moneyArb;
      case 'DateTime': return dateTimeArb;
      default: return stringArb;
    }
  })();
  if (!o.illTyped) return typed;
  const bad: fc.Arbitrary<unknown> = (() => {
    switch (name) {
      case 'ID': return fc.constantFrom<unknown>(...BAD_IDS, 12, 1.5, true);
      case 'Int': return fc.constantFrom<unknown>(2_147_483_648, -2_147_483_649, 1.5, '1', 'one', 1e300, true);
      case 'Float': return fc.constantFrom<unknown>('1.5', 'NaN', 'Infinity', true, 1e400 /* JSON: null */);
      case 'Boolean': return fc.constantFrom<unknown>('true', 0, 1, 'yes');
      case 'Money': return fc.constantFrom(...BAD_MONEY);
      case 'DateTime': return fc.constantFrom<unknown>(...BAD_DATETIMES, 0, 1_767_225_600_000);
      default: return fc.constantFrom<unknown>(1, 1.5, true, ['a'], { a: 1 });
    }
  })();
  return fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: junkArb });
}

/**
 * Values of a GraphQL input type: input objects field by field (optional ones sometimes left
 * out or null), lists of a few, enums by value. With `illTyped`, any slot may hold junk, a
 * required field may be missing and unknown fields may appear.
 */
export function inputArb(type: GraphQLInputType, o: ArbOptions, depth = 0, nonNull = false): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = inputArb(type.ofType, o, depth, true);
    return o.illTyped ? fc.oneof({ weight: 12, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
  }
  const nullable = (arb: fc.Arbitrary<unknown>) => (nonNull ? arb : fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }));
  if (isListType(type)) {
    // Deep inputs get shorter lists, so one document stays well under the body limit.
    const items = fc.array(inputArb(type.ofType, o, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
    return nullable(o.illTyped ? fc.oneof({ weight: 6, arbitrary: items }, { weight: 1, arbitrary: junkArb }) : items);
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.name));
    return nullable(o.illTyped ? fc.oneof({ weight: 6, arbitrary: values }, { weight: 1, arbitrary: fc.constantFrom<unknown>('NOT_A_VALUE', 'draft', 0, '') }) : values);
  }
  if (isScalarType(type)) return nullable(scalarArb(type.name, o));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of fields) {
      model[f.name] = inputArb(f.type, o, depth + 1);
      if (isNonNullType(f.type) && f.defaultValue === undefined) required.push(f.name);
    }
    let obj: fc.Arbitrary<unknown> = fc.record(model, { requiredKeys: o.illTyped ? required.filter((_, i) => i % 4 !== 3) : required });
    if (o.illTyped) {
      obj = fc.oneof(
        { weight: 8, arbitrary: obj },
        { weight: 1, arbitrary: obj.map((v) => ({ ...(v as object), notAField: 'x' })) },
        { weight: 1, arbitrary: junkArb },
      );
    }
    return nullable(obj);
  }
  return fc.constant(null);
}
