/**
 * GraphQL Code Generator: typed documents for the console, generated from the
 * published schema (schema/schema.graphql) and the `graphql(...)` documents in
 * src/. Run `npm run codegen` in console/ after changing either; the output
 * (src/gql/) is committed, and test/console-codegen.test.ts fails when it is
 * stale, so `npm test` needs nothing but Node and npm.
 *
 * Documents are sent as strings (`documentMode: 'string'`): the console posts
 * them with fetch and needs no GraphQL parser in the browser. Fragments are not
 * masked, because react-admin hands whole records to its fields, not fragment
 * references. Enums become `as const` objects, so the console can list their
 * values (choices) from the same generated code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The configuration, writing into `outDir` (src/gql/ unless a test asks for a scratch folder). */
export function codegenConfig(outDir = path.join(here, 'src', 'gql')): CodegenConfig {
  return {
    schema: path.join(here, '..', 'schema', 'schema.graphql'),
    documents: [path.join(here, 'src', '**', '*.{ts,tsx}'), `!${path.join(here, 'src', 'gql', '**')}`],
    ignoreNoDocuments: false,
    // Only `graphql(...)` calls are documents: the templates still built at run
    // time (marked /* GraphQL */ for editors) are fragments of documents.
    pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'codegen-document' },
    generates: {
      [`${outDir}${path.sep}`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsConst: true,
          useTypeImports: true,
          skipTypename: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
        },
      },
    },
  };
}

export default codegenConfig();
