import type { OrgLevel } from './org/levels.js';
import type { Role } from './auth/roles.js';

export type ActorKind = 'USER' | 'API_TOKEN' | 'SYSTEM' | 'ANONYMOUS';

/**
 * Who is acting in a request, and where they sit in the network. Every scope
 * check reads this; the audit trail records `id` and `name`.
 */
export interface Actor {
  kind: ActorKind;
  /** User or API-token id; null for the system and the anonymous. */
  id: string | null;
  /** Name written to the audit trail (username, or `token:<name>`). */
  name: string;
  /** The unit the actor belongs to (users) or is scoped to (API tokens). */
  unit: { id: string; code: string; path: string; level: OrgLevel } | null;
  roles: Role[];
  /** API tokens only read. */
  readOnly: boolean;
  sessionId?: string | null;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: null, name: 'system', unit: null, roles: [], readOnly: false };
export const ANONYMOUS_ACTOR: Actor = { kind: 'ANONYMOUS', id: null, name: 'anonymous', unit: null, roles: [], readOnly: true };
