import type { InboxSource } from '../approval/inbox-source.js';
import { localVersionInbox } from '../local-version/local-version.queries.js';
import { editionInbox } from '../standard/standard.service.js';
import { outletPlanInbox } from '../outlet-plan/outlet-plan.service.js';
import { rolloutPlanInbox } from '../rollout/rollout.service.js';

/**
 * Every subject type that can wait in someone's inbox. A new subject type
 * adds its module's source here and nothing else changes: the query, its
 * statement bound and the console's table all follow from this list.
 */
export const INBOX_SOURCES: readonly InboxSource[] = [localVersionInbox, editionInbox, outletPlanInbox, rolloutPlanInbox];
