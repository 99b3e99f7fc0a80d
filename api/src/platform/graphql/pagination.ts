import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { type Connection, DEFAULT_PAGE_SIZE, type Edge, MAX_PAGE_SIZE, type PageInfoData, type PageRequest } from '../pagination/keyset.js';

export {
  type Connection, type Edge, type PageRequest, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageSize, toConnection,
} from '../pagination/keyset.js';

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { nullable: true, description: `Items to return, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ObjectType()
export class PageInfo implements PageInfoData {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** A Relay connection type for a node type: `class TenantConnection extends ConnectionType(TenantSummary) {}`. */
export function ConnectionType<T>(node: Type<T>) {
  @ObjectType(`${node.name}Edge`, { isAbstract: true })
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType({ isAbstract: true })
  class ConnectionBase implements Connection<T> {
    @Field(() => [EdgeType]) edges!: Edge<T>[];
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionBase;
}
