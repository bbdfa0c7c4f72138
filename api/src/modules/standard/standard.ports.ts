import type { EntityManager } from '@mikro-orm/postgresql';
import { definePort } from '../../shared/port.js';
import type { Scope } from '../../shared/auth/scope.js';
import type { Layer } from './effective.js';
import type { StandardEdition } from './standard.entities.js';

/**
 * What the standard needs from the branches' local versions, which build on
 * it (the local-version module imports this one, never the reverse). The
 * local-version module supplies both at composition (`modules/index.ts`).
 */
export interface LocalLayerSource {
  /**
   * The approved local versions of `units` as layers, in the order of `units`
   * (head office first), in ONE statement however many there are. Units
   * without an approved version contribute nothing.
   */
  approvedLayers(em: EntityManager, units: readonly { id: string; code: string }[]): Promise<Layer[]>;
}

/** Called inside the publishing transaction, once the new edition is current. */
export interface EditionPublishedListener {
  editionPublished(tx: EntityManager, scope: Scope, edition: StandardEdition): Promise<void>;
}

const layers = definePort<LocalLayerSource>('source of local-version layers', 'modules/index.ts (from the local-version module)');
export const provideLocalLayerSource = layers.provide;
export const localLayerSource = layers.get;

const published = definePort<EditionPublishedListener>('listener for published editions', 'modules/index.ts (from the local-version module)');
export const provideEditionPublishedListener = published.provide;
export const editionPublishedListener = published.get;

/**
 * Told when the standard in force changed for the outlets under `below` (a
 * branch whose local version was just approved; null: every outlet, a new
 * edition), inside the transaction that changed it, once the change and the
 * re-basing it causes are flushed. What is derived from the standard and
 * stored (the outlet plans' gap summaries) is brought up to date there, so no
 * reader after the commit sees it stale. The outlet-plan module supplies it.
 */
export interface StandardInForceListener {
  standardInForceChanged(tx: EntityManager, below: { path: string } | null): Promise<void>;
}

const inForce = definePort<StandardInForceListener>('listener for changes of the standard in force', 'modules/index.ts (from the outlet-plan module)');
export const provideStandardInForceListener = inForce.provide;
export const standardInForceListener = inForce.get;
