/**
 * The console's typed documents (console/src/gql/, committed) are what GraphQL
 * Code Generator makes of schema/schema.graphql and the console's `graphql(...)`
 * documents today. Regenerates them in memory and compares: a schema change or
 * an edited document without `npm run codegen` (in console/) fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../console/codegen.js';

const consoleDir = path.resolve(import.meta.dirname, '..', 'console');
const generatedDir = path.join(consoleDir, 'src', 'gql');
// The generator is the console's dev dependency, installed under console/.
const { generate } = createRequire(path.join(consoleDir, 'package.json'))('@graphql-codegen/cli') as {
  generate(config: unknown, saveToFile: boolean): Promise<Array<{ filename: string; content: string }>>;
};

describe('console codegen', () => {
  it('committed typed documents match the schema and the console documents', async () => {
    const outputs = await generate({ ...codegenConfig(generatedDir), cwd: consoleDir }, false);
    const fresh = new Map(outputs.map((o) => [path.relative(generatedDir, o.filename), o.content]));
    expect([...fresh.keys()].sort()).toEqual(readdirSync(generatedDir).sort());
    for (const [name, content] of fresh) {
      expect(readFileSync(path.join(generatedDir, name), 'utf8'), `console/src/gql/${name} is stale: run \`npm run codegen\` in console/`).toBe(content);
    }
    // the documents are really there: the list the export pages through is typed
    expect(fresh.get('graphql.ts')).toContain('export const ConsoleOrgUnitsDocument');
  });
});
