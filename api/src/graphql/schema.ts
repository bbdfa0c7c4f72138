import { buildSchema, getMetadataStorage } from 'type-graphql';
import { isInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
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
  })
    .then(guardRootFields)
    .then(synchronousTypeResolvers);
  return built;
}

/**
 * type-graphql wraps every interface's `resolveType` in an async function.
 * The compiled executor (graphql/jit.ts) resolves abstract types
 * synchronously, as the GraphQL spec allows, and would find a Promise instead
 * of a type name. Ours all name the type synchronously, so the schema gets them
 * as written; one that ever answered otherwise fails loudly here.
 */
function synchronousTypeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const meta of getMetadataStorage().interfaceTypes) {
    const type = schema.getType(meta.name);
    const resolve = meta.resolveType as GraphQLTypeResolver<unknown, unknown> | undefined;
    if (!resolve || !isInterfaceType(type)) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const name = resolve(value, context, info, abstractType);
      if (name !== undefined && typeof name !== 'string') {
        throw new TypeError(`${meta.name}'s resolveType must return the name of a type, synchronously`);
      }
      return name;
    };
  }
  return schema;
}

export const SCHEMA_HEADER =
  '# The published GraphQL schema of the outlet standards API.\n' +
  '# Generated from the code by `npm run schema:print`; a test fails when they drift apart.\n\n';

/** The SDL as published in schema/schema.graphql (sorted, so diffs stay readable). */
export async function printPublishedSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
