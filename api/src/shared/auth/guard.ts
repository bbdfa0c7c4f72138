import { defaultFieldResolver, type GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Actor } from '../actor.js';
import { forbidden, unauthenticated } from '../errors.js';

/**
 * What the guard reads of a request's context. Declared here, so shared/
 * depends on no module or GraphQL wiring; the request context satisfies it.
 */
export interface GuardedContext {
  actor: Actor;
  /** Why the credentials sent were refused, raised when a field needs them. */
  authError?: GraphQLError;
}

/** Marks a root field's resolver as guarded, so a schema is never wrapped twice and tests can tell. */
export const GUARDED = Symbol('guarded root field');

/**
 * The single gate every query and mutation passes: wraps the resolver of each
 * root field (Query and Mutation) of the built schema, so a new module's
 * fields are covered without doing anything. Fields marked
 * `@Extensions({ public: true })` (sign-in) stay open; everything else needs a
 * valid credential, and API tokens may not mutate. What an actor may see and
 * change beyond that is the Scope's business.
 *
 * Only root fields are wrapped: everything below them is reached through a
 * root field that has already passed, and a wrapper on every scalar of a
 * 450-unit tree cost more CPU than resolving it (the former type-graphql
 * global middleware made each field an async call). The check is synchronous
 * and adds no promise. `__typename` and introspection have no resolver here
 * and stay answerable, as before.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const mutation = root === schema.getMutationType();
    for (const field of Object.values(root.getFields())) {
      if (field.extensions.public) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [GUARDED]?: true })[GUARDED]) continue;
      const guarded: GraphQLFieldResolver<unknown, GuardedContext> = (source, args, context, info) => {
        if (context.authError) throw context.authError;
        if (context.actor.kind === 'ANONYMOUS') throw unauthenticated();
        if (mutation && context.actor.readOnly) {
          throw forbidden(`${info.fieldName}: API tokens are read-only; mutations need a signed-in user`);
        }
        return resolve(source, args, context, info);
      };
      field.resolve = Object.assign(guarded, { [GUARDED]: true as const });
    }
  }
  return schema;
}
