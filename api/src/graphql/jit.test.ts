import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  getOperationAST,
  parse,
} from 'graphql';
import { compiledExecutorGateway } from './jit.js';

// A small schema with what the real one relies on: an interface resolved by name, an input with a non-null defaulted field, a failing resolver.
const Named = new GraphQLInterfaceType({ name: 'Named', fields: { name: { type: GraphQLString } }, resolveType: (v: { kind: string }) => (v.kind === 'a' ? 'A' : 'B') });
const A = new GraphQLObjectType({ name: 'A', interfaces: [Named], fields: { name: { type: GraphQLString }, a: { type: GraphQLString } } });
const B = new GraphQLObjectType({ name: 'B', interfaces: [Named], fields: { name: { type: GraphQLString }, b: { type: GraphQLString } } });
const Filter = new GraphQLInputObjectType({ name: 'Filter', fields: { mode: { type: new GraphQLNonNull(GraphQLString), defaultValue: 'ALL' }, text: { type: GraphQLString } } });
const conflict = new GraphQLError('stale version', { extensions: { code: 'VERSION_CONFLICT' } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      things: { type: new GraphQLList(Named), resolve: () => [{ kind: 'a', name: 'x', a: '1' }, { kind: 'b', name: 'y', b: '2' }] },
      echo: { type: GraphQLString, args: { filter: { type: Filter } }, resolve: (_r, args) => JSON.stringify(args.filter) },
      stale: { type: GraphQLString, resolve: () => Promise.reject(conflict) },
    },
  }),
  types: [A, B],
});

async function run(query: string, variables?: Record<string, unknown>) {
  const executor = (await compiledExecutorGateway(schema).load({ apollo: {} })).executor!;
  const document = parse(query);
  const request = {
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    queryHash: createHash('sha256').update(query).digest('hex'),
    request: { query, variables },
    context: {},
  };
  // Twice: the second run takes the compiled form from the cache.
  await executor(request as never);
  return executor(request as never);
}

const viaGraphqlJs = (query: string, variables?: Record<string, unknown>) => execute({ schema, document: parse(query), variableValues: variables });

describe('the compiled executor', () => {
  it('answers a query as graphql-js does, interfaces resolved to their types', async () => {
    const query = '{ things { __typename name ... on A { a } ... on B { b } } }';
    const ours = await run(query);
    expect(ours).toEqual(await viaGraphqlJs(query));
    expect(ours.data?.things).toEqual([{ __typename: 'A', name: 'x', a: '1' }, { __typename: 'B', name: 'y', b: '2' }]);
  });

  it("reports a resolver's error as graphql-js's own GraphQLError, with path, locations, cause and code", async () => {
    const ours = await run('{ stale }');
    const error = ours.errors![0];
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(error.path).toEqual(['stale']);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error.originalError).toBe(conflict);
    expect(error.extensions).toEqual({ code: 'VERSION_CONFLICT' });
    // Apollo builds its own response object, so only the content matters, not the order of data and errors.
    expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(await viaGraphqlJs('{ stale }'))));
  });

  it('leaves operations with variables to graphql-js, which applies an omitted non-null field its default', async () => {
    const query = 'query($f: Filter) { echo(filter: $f) }';
    const ours = await run(query, { f: { text: 'hi' } });
    expect(ours.errors).toBeUndefined();
    expect(JSON.parse(ours.data!.echo as string)).toEqual({ mode: 'ALL', text: 'hi' });
  });
});
