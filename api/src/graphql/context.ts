import type { EntityManager } from '@mikro-orm/postgresql';
import { LoaderRegistry } from '../shared/loaders.js';
import type { Actor } from '../shared/actor.js';

/** What every resolver gets: its own EntityManager fork, loaders and the actor. */
export interface RequestContext {
  em: EntityManager;
  loaders: LoaderRegistry;
  actor: Actor;
  requestId: string;
}

export function createRequestContext(rootEm: EntityManager, actor: Actor, requestId: string): RequestContext {
  // A fork per request: its identity map and DataLoader caches live and die
  // with the request, so nothing one user loaded is ever served to another.
  const em = rootEm.fork({ clear: true, useContext: false }) as EntityManager;
  return { em, loaders: new LoaderRegistry(em), actor: { ...actor, requestId }, requestId };
}
