/**
 * Who is acting in a request. Sign-in (users, roles, API tokens) fills this
 * in; until a request is authenticated it is the anonymous actor, and system
 * work such as seeding uses `SYSTEM_ACTOR`.
 */
export interface Actor {
  /** User or API-token id; null for the system. */
  id: string | null;
  /** Name written to the audit trail. */
  name: string;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };
