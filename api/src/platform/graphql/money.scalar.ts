import { GraphQLScalarType, Kind } from 'graphql';
import { formatYuan, type Fen, parseYuan } from '@zhengcai/schema';
import { AppError } from '../errors/app-error.js';

/** Input amounts are exact: at most two decimals, never rounded on the way in. */
const INPUT = /^-?\d{1,16}(\.\d{1,2})?$/;

function parse(value: unknown): Fen {
  // Numbers are refused on purpose: a JSON number is a float by the time it reaches us.
  if (typeof value !== 'string' || !INPUT.test(value)) throw new AppError('MONEY_FORMAT', { value: String(value) });
  return parseYuan(value);
}

/** Yuan as a decimal string ("1234.50") in the API; bigint fen inside. */
export const MoneyScalar = new GraphQLScalarType<Fen, string>({
  name: 'Money',
  description: 'An amount of yuan (CNY) as a decimal string with two places, e.g. "1234.50". Never a float.',
  serialize: (value) => {
    if (typeof value === 'bigint') return formatYuan(value);
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return formatYuan(BigInt(value));
    throw new TypeError(`Money must be bigint fen, got ${typeof value}`);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new AppError('MONEY_FORMAT', { value: 'value' in ast ? String(ast.value) : ast.kind });
  },
});
