import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

// The gateway interface's types, through the one Apollo package we depend on.
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * A compiled executor for Apollo Server: each distinct operation is compiled
 * once by graphql-jit into a plain function that walks the answer's shape
 * without graphql-js's per-field interpretation, then reused. Integrators send
 * the same few documents all day, so nearly every request finds its compiled
 * form.
 *
 * Apollo Server 4 and 5 take no `executor` option; the one way in is the
 * gateway interface, which hands Apollo a schema and an executor. Apollo still
 * parses, validates (with our depth, cost and alias limits), runs every
 * plugin hook and formats the errors; only execution is replaced.
 *
 * Only queries without variables are compiled: the integrators' reads are
 * written that way, and it keeps graphql-jit out of two places where it does
 * not behave as graphql-js does. It coerces variables itself, and refuses an
 * input field that is non-null but has a default when the caller leaves it
 * out (graphql-js applies the default); and mutations, which change things,
 * stay on the executor every test of theirs was written against. Everything
 * else, and anything graphql-jit cannot compile, runs through graphql-js.
 */
const MAX_COMPILED = 500;

const compilable = (operation: OperationDefinitionNode) => operation.operation === 'query' && !operation.variableDefinitions?.length;

export function compiledExecutorGateway(schema: GraphQLSchema): GatewayInterface {
  // Least recently used first: a Map keeps insertion order and `get` re-inserts.
  const compiled = new Map<string, CompiledQuery | null>();

  const executor: GatewayExecutor = async (request) => {
    const key = `${request.operationName ?? ''}\u0000${request.queryHash}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = compilable(request.operation) ? compileQuery(schema, request.document, request.operationName ?? undefined) : null;
      query = result && isCompiledQuery(result) ? result : null;
    } else {
      compiled.delete(key);
    }
    compiled.set(key, query);
    if (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    const variables = request.request.variables ?? {};
    if (!query) {
      return execute({ schema, document: request.document, contextValue: request.context, variableValues: variables, operationName: request.operationName });
    }
    return withGraphQLErrors(await query.query(undefined, request.context, variables));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports errors with a GraphQLError of its own: it passes
 * `instanceof` but its fields are read-only properties without the rest of
 * graphql-js's shape, and Apollo's error formatting fails on it (the caller
 * would get a bare "Internal server error" with no request id, and a version
 * conflict would lose its code). Each is rebuilt as graphql-js builds one for
 * a resolver error: same message, path and locations, the cause as
 * `originalError`, its extensions carried over.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = (result.errors as readonly JitError[]).map((e) => {
    const rebuilt = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    if (e.locations?.length) Object.defineProperty(rebuilt, 'locations', { value: e.locations, enumerable: true, writable: true });
    return rebuilt;
  });
  return { ...result, errors };
}

/** What graphql-jit's own error carries. */
interface JitError {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
}
