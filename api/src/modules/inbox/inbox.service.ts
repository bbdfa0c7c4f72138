import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import type { InboxEntry, InboxSource } from '../approval/inbox-source.js';
import { INBOX_SOURCES } from './inbox.sources.js';

export interface InboxContents {
  awaitingMe: InboxEntry[];
  returnedToMe: InboxEntry[];
}

const time = (d: Date | null) => d?.getTime() ?? 0;

/**
 * The actor's inbox across every subject type, in at most two statements per
 * source (they run side by side). Awaiting items come oldest submission
 * first, the longest wait at the top; returned ones newest decision first.
 */
export async function inbox(em: EntityManager, scope: Scope, sources: readonly InboxSource[] = INBOX_SOURCES): Promise<InboxContents> {
  const parts = await Promise.all(sources.map((source) => source(em, scope)));
  return {
    awaitingMe: parts.flatMap((p) => p.awaitingMe).sort((a, b) => time(a.submittedAt) - time(b.submittedAt)),
    returnedToMe: parts.flatMap((p) => p.returnedToMe).sort((a, b) => time(b.decidedAt) - time(a.decidedAt)),
  };
}

/**
 * The comment that came with each item's latest step (the submitter's note
 * for an awaiting item, the approver's reason for a returned one), for all
 * items in one statement.
 */
export interface LatestComment {
  comment: string | null;
  /** The reviewer's comments on single values, when the step was a return. */
  itemComments: { path: string; comment: string }[];
}

export async function latestComments(em: EntityManager, ids: readonly string[]): Promise<Map<string, LatestComment>> {
  if (!ids.length) return new Map();
  const rows: { subject_id: string; comment: string | null; item_comments: LatestComment['itemComments'] | null }[] = await em.getConnection().execute(
    `select distinct on (subject_id) subject_id, comment, item_comments from approval_event where subject_id in (${ids.map(() => '?').join(', ')}) order by subject_id, occurred_at desc, id desc`,
    [...ids],
  );
  return new Map(rows.map((r) => [r.subject_id, { comment: r.comment, itemComments: r.item_comments ?? [] }]));
}
