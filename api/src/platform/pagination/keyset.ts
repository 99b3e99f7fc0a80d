import { AppError } from '../errors/app-error.js';

/**
 * Keyset pagination for services, free of GraphQL decorators so that services (which the
 * workers load too) never pull in @nestjs/graphql. The GraphQL types are in graphql/pagination.ts.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** What a client asks for: up to `first` items after the `after` cursor. */
export interface PageRequest {
  first?: number;
  after?: string;
}

export interface PageInfoData { hasNextPage: boolean; endCursor: string | null }
export interface Edge<T> { cursor: string; node: T }
export interface Connection<T> { edges: Edge<T>[]; nodes: T[]; pageInfo: PageInfoData }

/** Keyset cursors: an opaque encoding of the sort key of the last row. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through: any undecodable cursor is the same client error
  }
  throw new AppError('INVALID_CURSOR');
}

/** The page size to fetch, validated. Fetch one more than this to learn whether a next page exists. */
export function pageSize(args: PageRequest): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new AppError('PAGE_SIZE', { max: MAX_PAGE_SIZE, actual: first });
  return first;
}

/** Builds a connection from up to `first + 1` rows already in order. */
export function toConnection<R, T>(rows: R[], first: number, key: (row: R) => readonly (string | number)[], map: (row: R) => T): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
