import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import type { LocalizedText } from '../../shared/localized-text.js';
import type { ApprovalSubjectType } from './approval-event.entity.js';
import type { ApprovalState } from './workflow.js';

/**
 * One thing in someone's inbox, the same shape whatever was sent up. Defined
 * beside the workflow (which every subject module already builds on) so a
 * subject module can describe its own items without importing the inbox.
 */
export interface InboxEntry {
  subjectType: ApprovalSubjectType;
  id: string;
  /** What the console routes by: the version's or edition's code, the outlet's code for a plan. */
  code: string;
  title: LocalizedText | null;
  /** The unit that owns the subject (null for head office's editions, which belong to the bank). */
  unitId: string | null;
  state: ApprovalState;
  submittedBy: string | null;
  submittedAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  revision: number;
}

/** A subject module's part of the inbox, read with its own scoped SQL. */
export interface InboxPart {
  awaitingMe: InboxEntry[];
  returnedToMe: InboxEntry[];
}

/**
 * How a subject type answers "what awaits this actor, and what came back to
 * them": at most two statements, whatever the number of items, and none when
 * the actor's role or level rules them out.
 */
export type InboxSource = (em: EntityManager, scope: Scope) => Promise<InboxPart>;

export const EMPTY_INBOX_PART: InboxPart = Object.freeze({ awaitingMe: [], returnedToMe: [] }) as InboxPart;

/** The review fields of an inbox entry, read the same way from every subject that keeps the `Reviewed` columns. */
export function reviewFieldsOf(s: {
  submittedBy?: string | null;
  submittedAt?: Date | null;
  decidedBy?: string | null;
  decidedAt?: Date | null;
  version: number;
}): Pick<InboxEntry, 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'revision'> {
  return { submittedBy: s.submittedBy ?? null, submittedAt: s.submittedAt ?? null, decidedBy: s.decidedBy ?? null, decidedAt: s.decidedAt ?? null, revision: s.version };
}
