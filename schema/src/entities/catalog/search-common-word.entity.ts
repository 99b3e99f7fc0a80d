import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A word (a token of the search documents) found in at least the share of a province's
 * documents that makes the rank walk worth taking for it; rarer words are absent. Counted
 * by the scheduled rank job and read with SQL only (api/src/catalog/search/pg/common-words.ts).
 * A province with no rows has not been counted yet: every search walks first.
 */
@Entity({ tableName: 'search_common_word' })
export class SearchCommonWord {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  lexeme!: string;

  @Property({ type: 'integer' })
  documents!: number;
}
