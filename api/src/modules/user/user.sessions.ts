import type { EntityManager } from '@mikro-orm/postgresql';
import { definePort } from '../../shared/port.js';

/**
 * What user administration needs from sessions: ending all of a user's
 * sessions when they are disabled, moved, given other roles or a new
 * password. Sessions belong to the session module, which depends on users,
 * so it supplies this at composition (`modules/index.ts`) rather than this
 * module importing it.
 */
export interface UserSessions {
  endAll(em: EntityManager, userId: string): Promise<void>;
}

const port = definePort<UserSessions>('session store', 'modules/index.ts (from the session module)');
export const provideUserSessions = port.provide;
export const userSessions = port.get;
