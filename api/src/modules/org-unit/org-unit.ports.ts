import type { EntityManager } from '@mikro-orm/postgresql';
import { definePort } from '../../shared/port.js';

/**
 * Told when outlets now sit differently: an outlet's category changed, or a
 * unit moved and took the outlets below it under other branches. Both change
 * the standard those outlets are measured against (a category's figures; the
 * branches' local versions above them). Called inside the transaction, once
 * the change is written, so what is derived from it and stored (the outlet
 * plans' gap summaries) moves with it. The outlet-plan module supplies it at
 * composition (`modules/index.ts`); this module imports neither it nor the
 * standard.
 */
export interface OutletPlacementListener {
  outletsPlacedAnew(tx: EntityManager, below: { path: string }): Promise<void>;
}

const port = definePort<OutletPlacementListener>('listener for outlets placed anew', 'modules/index.ts (from the outlet-plan module)');
export const provideOutletPlacementListener = port.provide;
export const outletPlacementListener = port.get;
