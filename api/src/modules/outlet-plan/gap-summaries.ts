import type { EntityManager } from '@mikro-orm/postgresql';
import { escapeLike } from '../../shared/sql.js';
import { summarizeGaps, type GapKind, type OutletFacts } from '../compliance/gaps.js';
import { gapsAgainst, holdStandardSteady, parentPathOf, standardsAbove } from './outlet-plan.service.js';

/**
 * Keeps the gap summaries stored beside the plans' facts true to the standard
 * in force, so the roll-ups (which aggregate the stored summaries) are never
 * stale after a local version is approved or an edition is published.
 *
 * Built for a whole network at once (40,000 outlets, four in five with a
 * plan): the plans come in one statement with their outlets' paths and
 * categories; the standard is folded once per tier-two branch (every outlet
 * under the same branches has the same layers) with all the branches and
 * their approved local versions in two statements; each plan's gaps are then
 * computed in memory; and only the plans whose summary moved are written, a
 * batch of rows per statement. So a head-office publication costs a handful
 * of statements plus one per BATCH changed plans, whatever the network's size.
 *
 * The summary is derived, not something anyone decided: it is not audited,
 * and it does not move the plan's version, so an outlet head editing a draft
 * or an approver holding a reviewed revision is not told of a conflict that
 * is none (their next write or approval recomputes the summary anyway).
 */

/** Rows per UPDATE statement: big enough to keep statements few, small enough to keep each one short. */
const BATCH = 2000;

interface PlanRow {
  id: string;
  facts: OutletFacts;
  compliant: boolean;
  gap_count: number;
  gap_kinds: Partial<Record<GapKind, number>>;
  path: string;
  category: string | null;
}

const sameKinds = (a: Partial<Record<GapKind, number>>, b: Partial<Record<GapKind, number>>) => {
  const keys = Object.keys(a) as GapKind[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Recomputes the stored gap summary of every live plan (draft, submitted,
 * returned, approved) of the outlets under `below` (every outlet when null),
 * inside the caller's transaction. Returns how many plans changed.
 */
export async function refreshGapSummaries(tx: EntityManager, below: { path: string } | null): Promise<number> {
  // Before reading the plans: a write that read the old standard commits first, and this reads its facts.
  await holdStandardSteady(tx, 'exclusive');
  const rows: PlanRow[] = await tx.execute(
    `select p.id, p.facts, p.compliant, p.gap_count, p.gap_kinds, u.path, u.category
       from outlet_plan p join org_unit u on u.id = p.unit_id
      where p.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')${below ? ' and u.path like ?' : ''}
      order by u.path`,
    below ? [escapeLike(below.path) + '%'] : [],
  );
  if (!rows.length) return 0;
  const standards = await standardsAbove(tx, rows.map((r) => parentPathOf(r.path)));
  const changed: { id: string; compliant: boolean; gap_count: number; gap_kinds: Partial<Record<GapKind, number>> }[] = [];
  for (const row of rows) {
    const gaps = gapsAgainst(row, row, standards.get(parentPathOf(row.path)) ?? null);
    const { compliant, byKind } = summarizeGaps(gaps);
    if (compliant === row.compliant && gaps.length === row.gap_count && sameKinds(byKind, row.gap_kinds)) continue;
    changed.push({ id: row.id, compliant, gap_count: gaps.length, gap_kinds: byKind });
  }
  // In path order (as read), so each batch touches the outlets of few parent
  // branches: the roll-up's tally trigger recounts each touched parent once per batch.
  for (let i = 0; i < changed.length; i += BATCH) {
    await tx.execute(
      `update outlet_plan p set compliant = v.compliant, gap_count = v.gap_count, gap_kinds = v.gap_kinds
         from jsonb_to_recordset(?::jsonb) as v(id uuid, compliant boolean, gap_count int, gap_kinds jsonb)
        where p.id = v.id`,
      [JSON.stringify(changed.slice(i, i + BATCH))],
    );
  }
  return changed.length;
}
