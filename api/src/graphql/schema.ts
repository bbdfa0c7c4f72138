import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from '../modules/index.js';
import { guardRootFields } from '../shared/auth/guard.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers' decorators. */
export function getSchema(): Promise<GraphQLSchema> {
  // No global middleware: the credential check wraps the root fields only (see guardRootFields).
  built ??= buildSchema({
    resolvers: [...resolvers] as never,
    validate: false,
    emitSchemaFile: false,
  }).then(guardRootFields);
  return built;
}

export const SCHEMA_HEADER =
  '# The published GraphQL schema of the outlet standards API.\n' +
  '# Generated from the code by `npm run schema:print`; a test fails when they drift apart.\n\n';

/** The SDL as published in schema/schema.graphql (sorted, so diffs stay readable). */
export async function printPublishedSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
