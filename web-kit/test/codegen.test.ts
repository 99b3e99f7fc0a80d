import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIRS } from '../codegen/codegen.config';

describe('generated GraphQL types', () => {
  it('match schema/schema.graphql and the documents in the apps (run `pnpm codegen` when this fails)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThanOrEqual(GENERATED_DIRS.length * 3);
    const stale = outputs.filter((o) => {
      let committed: string | null = null;
      try {
        committed = readFileSync(o.filename, 'utf8');
      } catch {
        return true;
      }
      return committed !== o.content;
    });
    expect(stale.map((o) => o.filename)).toEqual([]);
  }, 60_000);
});
