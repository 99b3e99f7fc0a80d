import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSdl, SDL_PATH } from './emit-sdl.js';

describe('committed GraphQL SDL', () => {
  it('matches the schema the code builds (run `pnpm sdl` and commit schema/schema.graphql)', async () => {
    const committed = readFileSync(SDL_PATH, 'utf8');
    expect(await buildSdl()).toBe(committed);
  });
});
