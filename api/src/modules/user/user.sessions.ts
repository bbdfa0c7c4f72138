import type { EntityManager } from '@mikro-orm/postgresql';

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

let provided: UserSessions | null = null;

export function provideUserSessions(sessions: UserSessions): void {
  provided = sessions;
}

export function userSessions(): UserSessions {
  if (!provided) throw new Error('no session store was provided; modules/index.ts wires the session module’s');
  return provided;
}
