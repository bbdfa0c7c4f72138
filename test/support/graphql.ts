import { randomUUID } from 'node:crypto';
import { createApolloServer } from '../../api/src/server.js';
import type { MikroORM } from '../../api/src/db/orm.js';
import { createRequestContext } from '../../api/src/graphql/context.js';
import type { Actor } from '../../api/src/shared/actor.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** Runs GraphQL operations in-process, each as its own request (own EntityManager fork and loaders). */
export async function createGraphqlClient(orm: MikroORM, actor: Actor = { id: null, name: 'test' }) {
  const apollo = await createApolloServer(false);
  await apollo.start();
  async function run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createRequestContext(orm.em, actor, randomUUID()) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GqlResult<T>;
  }
  /** Like `run` but fails the test on any GraphQL error. */
  async function ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await run<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }
  return { run, ok, stop: () => apollo.stop() };
}
