import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../errors.js';

/**
 * Runs before every root field: the single gate every query and mutation
 * passes. Fields marked `@Extensions({ public: true })` (sign-in) are open;
 * everything else needs a valid credential, and API tokens may not mutate.
 * What an actor may see and change beyond that is the Scope's business.
 */
export const AuthGuard: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
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
