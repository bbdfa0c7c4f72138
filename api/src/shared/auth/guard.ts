import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLError } from 'graphql';
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

/**
 * Runs before every root field: the single gate every query and mutation
 * passes. Fields marked `@Extensions({ public: true })` (sign-in) are open;
 * everything else needs a valid credential, and API tokens may not mutate.
 * What an actor may see and change beyond that is the Scope's business.
 */
export const AuthGuard: MiddlewareFn<GuardedContext> = async ({ context, info }, next) => {
  const parent = info.parentType.name;
  if (parent === 'Query' || parent === 'Mutation') {
    const extensions = info.parentType.getFields()[info.fieldName]?.extensions ?? {};
    if (!extensions.public) {
      if (context.authError) throw context.authError;
      if (context.actor.kind === 'ANONYMOUS') throw unauthenticated();
      if (parent === 'Mutation' && context.actor.readOnly) {
        throw forbidden(`${info.fieldName}: API tokens are read-only; mutations need a signed-in user`);
      }
    }
  }
  return next();
};
