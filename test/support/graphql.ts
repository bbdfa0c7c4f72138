import { randomUUID } from 'node:crypto';
import { createApolloServer } from '../../api/src/server.js';
import { createRequestContext } from '../../api/src/graphql/context.js';
import type { MikroORM } from '../../api/src/db/orm.js';
import type { Actor } from '../../api/src/shared/actor.js';
import { userActor } from '../../api/src/modules/session/authenticate.js';
import { User } from '../../api/src/modules/user/user.entity.js';
import { OrgUnit } from '../../api/src/modules/org-unit/org-unit.entity.js';
import type { Role } from '../../api/src/shared/auth/roles.js';
import { loadSecurityConfig, type SecurityConfig } from '../../api/src/config.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A person at a unit, made by hand, for units the demo users do not cover. */
export async function personAt(orm: MikroORM, unitCode: string, name: string, roles: Role[]): Promise<Actor> {
  const unit = await orm.em.fork().findOneOrFail(OrgUnit, { code: unitCode });
  return { kind: 'USER', id: randomUUID(), name, unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level }, roles, readOnly: false };
}

/** The actor a seeded user acts as once signed in (no session needed in-process). */
export async function actorFor(orm: MikroORM, username: string): Promise<Actor> {
  const user = await orm.em.fork().findOneOrFail(User, { username }, { populate: ['orgUnit'] });
  return userActor(user, user.orgUnit.getEntity(), null);
}

/**
 * Runs GraphQL operations in-process, each as its own request (own
 * EntityManager fork, loaders and scope), as the given actor.
 */
export async function createGraphqlClient(orm: MikroORM, actor: Actor, security: SecurityConfig = loadSecurityConfig()) {
  const apollo = await createApolloServer(security);
  await apollo.start();
  async function run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createRequestContext(orm.em, actor, randomUUID(), { security }) },
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
