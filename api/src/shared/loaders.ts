import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from './auth/scope.js';

/** What a loader factory gets: the request's EntityManager fork and the actor's scope. */
export interface LoaderContext {
  em: EntityManager;
  scope: Scope;
}

/**
 * Request-scoped DataLoaders. Each module declares its loaders as factories;
 * the registry creates each one on first use and keeps it for the rest of the
 * request, so batching and caching never leak between requests, and every
 * loader filters by the scope of the one actor it serves.
 */
export class LoaderRegistry {
  private readonly made = new Map<(ctx: LoaderContext) => unknown, unknown>();

  constructor(private readonly ctx: LoaderContext) {}

  get<T>(factory: (ctx: LoaderContext) => T): T {
    let loader = this.made.get(factory) as T | undefined;
    if (!loader) {
      loader = factory(this.ctx);
      this.made.set(factory, loader);
    }
    return loader;
  }
}
