import type { EntityManager } from '@mikro-orm/postgresql';
import { definePort } from '../../shared/port.js';

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

const port = definePort<OutletCategoryCatalog>('outlet category catalog', 'modules/index.ts (from the standard module)');
export const provideOutletCategoryCatalog = port.provide;
export const outletCategoryCatalog = port.get;
