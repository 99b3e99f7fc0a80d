/**
 * One byte-exact JSON text per value, so that the same change always has the same digest:
 * object keys sorted (UTF-16 code units, as RFC 8785), no whitespace, numbers and strings as
 * JSON.stringify writes them. bigint (money in fen) is written as a bare JSON integer, a Date
 * as its ISO-8601 string, anything with toJSON() as what that returns. Values JSON cannot
 * carry faithfully (NaN, Infinity, functions, symbols, Map, Set, cycles) are refused rather
 * than silently dropped.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, path: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
      return JSON.stringify(value);
    case 'bigint':
      return value.toString();
    case 'undefined':
      return 'null';
    case 'object':
      return value === null ? 'null' : writeObject(value, path);
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}

function writeObject(value: object, path: Set<object>): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('canonical JSON cannot hold an invalid Date');
    return JSON.stringify(value.toISOString());
  }
  if (value instanceof Map || value instanceof Set) throw new TypeError('canonical JSON cannot hold a Map or Set: convert it first');
  if (path.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write(toJSON.call(value), path);
  path.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((v) => write(v, path)).join(',')}]`;
    const fields = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${write((value as Record<string, unknown>)[k], path)}`);
    return `{${fields.join(',')}}`;
  } finally {
    path.delete(value);
  }
}
