import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Request-scoped DataLoaders. Each module declares its loaders as factories of
 * the request's EntityManager fork; the registry creates each one on first use
 * and keeps it for the rest of the request, so batching and caching never leak
 * between requests (or between users with different scopes).
 */
export class LoaderRegistry {
  private readonly made = new Map<(em: EntityManager) => unknown, unknown>();

  constructor(private readonly em: EntityManager) {}

  get<T>(factory: (em: EntityManager) => T): T {
    let loader = this.made.get(factory) as T | undefined;
    if (!loader) {
      loader = factory(this.em);
      this.made.set(factory, loader);
    }
    return loader;
  }
}
