import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printPublishedSchema } from './schema.js';
import { SCHEMA_FILE } from '../paths.js';

describe('the published schema', () => {
  it('schema/schema.graphql is exactly what the code serves (run `npm run schema:print` after changing the API)', async () => {
    const published = await readFile(SCHEMA_FILE, 'utf8');
    expect(await printPublishedSchema()).toBe(published);
  });
});
