import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What this module needs to know about outlet categories: which codes the
 * edition in force defines. Categories are content of the standard, and this
 * module must not import the standard module (the standard depends on the org
 * tree, not the other way round), so the standard module supplies this at
 * composition (`modules/index.ts`).
 */
export interface OutletCategoryCatalog {
  /** The edition in force and its outlet category codes, or null while no edition is in force. */
  inForce(em: EntityManager): Promise<{ editionCode: string; codes: string[] } | null>;
}

let provided: OutletCategoryCatalog | null = null;

export function provideOutletCategoryCatalog(catalog: OutletCategoryCatalog): void {
  provided = catalog;
}

export function outletCategoryCatalog(): OutletCategoryCatalog {
  if (!provided) throw new Error('no outlet category catalog was provided; modules/index.ts wires the standard module’s');
  return provided;
}
