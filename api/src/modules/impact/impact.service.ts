import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import { escapeLike } from '../../shared/sql.js';
import { inputError, notFound } from '../../shared/errors.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { EditionStatus } from '../standard/standard.types.js';
import { loadContents } from '../standard/standard.content.js';
import { canReadDrafts } from '../standard/standard.service.js';
import { publishedEdition, shown } from '../standard/effective-standard.service.js';
import { LayerKind, editionValues, foldLayers, type EffectiveValue, type Layer, type LayerSource, type PolicedContent } from '../standard/effective.js';
import { approvedLayers, findVisible, versionLayer } from '../local-version/local-version.service.js';
import { changedValues, impactOf, type GroupImpact, type OutletGroup, type ValueChange } from './impact.js';
import type { CoreRule, OutletFacts } from '../compliance/gaps.js';
import { gapsAgainst, parentPathOf, standardsAbove, type OutletStandard } from '../outlet-plan/outlet-plan.service.js';

/**
 * Which outlets below a draft would see which values change once it is in
 * force: a branch's draft local version, or head office's draft edition.
 *
 * The cost does not grow with the number of outlets: one statement counts
 * outlets by (tier-one, tier-two branch, category), one reads the branches'
 * codes, one the approved local versions of every branch in the answer; then
 * each tier-two chain is folded twice in memory and diffed.
 */

interface Unit {
  id: string;
  code: string;
  level: OrgLevel;
}

export interface ShownChange {
  path: string;
  before: ReturnType<typeof shown> | null;
  after: ReturnType<typeof shown> | null;
}

export interface ImpactGroupAnswer extends Omit<OutletGroup, 'category'> {
  tierOneCode: string;
  tierTwoCode: string;
  outletCategory: string | null;
  changes: ShownChange[];
}

/** An outlet whose compliance the draft would move, with the gap kinds that make the difference. */
export interface ComplianceExample {
  outletCode: string;
  nameZh: string;
  nameEn: string;
  /** STOPS: compliant now, with gaps once the draft is in force; STARTS: the reverse. */
  direction: 'STOPS' | 'STARTS';
  /** The kinds of the gaps it would have (STOPS) or has now and would lose (STARTS). */
  gapKinds: string[];
}

export interface ComplianceDelta {
  /** Outlets below with approved facts (a recorded state to measure). */
  outletsAssessed: number;
  stopMeeting: number;
  startMeeting: number;
  /** Up to EXAMPLES of each direction, by outlet code. */
  examples: ComplianceExample[];
}

export interface ImpactAnswer {
  subjectKind: LayerKind;
  subjectCode: string;
  /** Open outlets below the draft's unit, affected or not. */
  outletsBelow: number;
  outletsAffected: number;
  unitsAffected: number;
  groups: ImpactGroupAnswer[];
  /** How many outlets would start or stop meeting the standard; computed only when asked for. */
  complianceDelta: () => Promise<ComplianceDelta>;
}

const EXAMPLES = 10;

/** Open outlets under `path`, counted by tier-one branch, tier-two branch and category, in one statement. */
async function outletGroups(em: EntityManager, path: string): Promise<OutletGroup[]> {
  const rows: { t1: string; t2: string; category: string | null; outlets: number }[] = await em.execute(
    `select split_part(path, '/', 3) as t1, split_part(path, '/', 4) as t2, category, count(*)::int as outlets
       from org_unit where level = 'OUTLET' and status = 'OPEN' and path like ? group by 1, 2, 3`,
    [`${escapeLike(path)}%`],
  );
  return rows.map((r) => ({ tierOneId: r.t1, tierTwoId: r.t2, category: r.category, outlets: r.outlets }));
}

/** Head office and the branches named, by id, in one statement. */
async function unitsById(em: EntityManager, ids: readonly string[]): Promise<Map<string, Unit>> {
  const rows: Unit[] = await em.execute(`select id, code, level from org_unit where level = 'HEAD_OFFICE' or id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
  return new Map(rows.map((r) => [r.id, r]));
}

async function currentEditionOrFail(em: EntityManager, field: string): Promise<StandardEdition> {
  const edition = await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
  if (!edition) throw inputError(field, 'edition-in-force', 'no head-office edition is in force yet, so there is nothing to compare with');
  return edition;
}

/**
 * The impact of replacing one layer: `replace(chain)` gives, for a tier-two
 * chain's layers as they are, the same chain with the draft in place.
 */
async function impactBelow(
  em: EntityManager,
  below: string,
  edition: StandardEdition,
  replace: (layers: readonly Layer[], headOffice: Unit) => Layer[],
  coreRulesAfter: (now: readonly CoreRule[]) => readonly CoreRule[] = (now) => now,
): Promise<Omit<ImpactAnswer, 'subjectKind' | 'subjectCode'>> {
  const groups = await outletGroups(em, below);
  const branchIds = [...new Set(groups.flatMap((g) => [g.tierOneId, g.tierTwoId]))];
  const units = await unitsById(em, branchIds);
  const headOffice = [...units.values()].find((u) => u.level === OrgLevel.HEAD_OFFICE)!;
  const branches = branchIds.map((id) => units.get(id)).filter((u): u is Unit => !!u);
  const [{ layer: hoLayer }, local] = await Promise.all([publishedEdition(em, edition, headOffice), approvedLayers(em, branches)]);
  const localOf = new Map(local.map((l) => [l.source.unitId, l]));

  // Each tier-two chain folded without and with the draft, once.
  const chainFolds = new Map<string, { before: ReadonlyMap<string, EffectiveValue>; after: ReadonlyMap<string, EffectiveValue>; changes: ValueChange[] }>();
  const foldsOf = (t1: string, t2: string) => {
    let found = chainFolds.get(t2);
    if (!found) {
      const layers = [hoLayer, localOf.get(t1), localOf.get(t2)].filter((l): l is Layer => !!l);
      const before = foldLayers(layers);
      const after = foldLayers(replace(layers, headOffice));
      found = { before, after, changes: changedValues(before, after) };
      chainFolds.set(t2, found);
    }
    return found;
  };
  const changesOf = (t1: string, t2: string) => foldsOf(t1, t2).changes;
  const tierOneOf = new Map(groups.map((g) => [g.tierTwoId, g.tierOneId]));
  const impact = impactOf(groups, (t2) => changesOf(tierOneOf.get(t2)!, t2));
  const show = (v: EffectiveValue | null) => v && shown(v);
  return {
    complianceDelta: () => complianceDelta(em, below, edition, foldsOf, coreRulesAfter),
    outletsBelow: groups.reduce((n, g) => n + g.outlets, 0),
    outletsAffected: impact.outletsAffected,
    unitsAffected: impact.unitsAffected,
    groups: impact.groups.map((g: GroupImpact) => ({
      tierOneId: g.tierOneId,
      tierTwoId: g.tierTwoId,
      tierOneCode: units.get(g.tierOneId)?.code ?? '',
      tierTwoCode: units.get(g.tierTwoId)?.code ?? '',
      outletCategory: g.category,
      outlets: g.outlets,
      changes: g.changes.map((c) => ({ path: c.path, before: show(c.before), after: show(c.after) })),
    })).sort(byCodes),
  };
}

interface AssessedOutlet {
  code: string;
  name_zh: string;
  name_en: string;
  path: string;
  category: string | null;
  facts: OutletFacts;
}

/**
 * How many outlets with approved facts under `below` would start or stop
 * meeting the standard with the draft in force: each outlet's recorded facts
 * measured by the gap engine (`gapsAgainst`, as plans and roll-ups are)
 * against its chain folded without and with the draft. Both sides use the same
 * folds as the value changes above, so only the draft makes a difference; the
 * core service rules are the outlet's standard's, with head office's replaced
 * by the draft edition's when the draft is one. Two statements for the plans
 * and the branches' standards (plus their approved local versions), whatever
 * the number of outlets; outlets under the same tier-two branch share both
 * standards.
 */
async function complianceDelta(
  em: EntityManager,
  below: string,
  edition: StandardEdition,
  foldsOf: (t1: string, t2: string) => { before: ReadonlyMap<string, EffectiveValue>; after: ReadonlyMap<string, EffectiveValue> },
  coreRulesAfter: (now: readonly CoreRule[]) => readonly CoreRule[],
): Promise<ComplianceDelta> {
  const outlets: AssessedOutlet[] = await em.execute(
    `select u.code, u.name_zh, u.name_en, u.path, u.category, p.facts
       from outlet_plan p join org_unit u on u.id = p.unit_id
      where p.status = 'APPROVED' and u.level = 'OUTLET' and u.status = 'OPEN' and u.path like ?
      order by u.code`,
    [`${escapeLike(below)}%`],
  );
  const standards = outlets.length ? await standardsAbove(em, outlets.map((o) => parentPathOf(o.path)), edition) : new Map<string, OutletStandard | null>();
  const sides = new Map<string, { before: OutletStandard; after: OutletStandard } | null>();
  const sidesOf = (o: AssessedOutlet) => {
    const parent = parentPathOf(o.path);
    if (!sides.has(parent)) {
      const standard = standards.get(parent);
      const [, t1, t2] = parent.split('/').filter(Boolean);
      if (!standard || !t1 || !t2) sides.set(parent, null);
      else {
        const folds = foldsOf(t1, t2);
        sides.set(parent, {
          before: { ...standard, values: folds.before, byCategory: new Map() },
          after: { ...standard, values: folds.after, coreRules: coreRulesAfter(standard.coreRules), byCategory: new Map() },
        });
      }
    }
    return sides.get(parent)!;
  };
  const delta: ComplianceDelta = { outletsAssessed: outlets.length, stopMeeting: 0, startMeeting: 0, examples: [] };
  const shownOf = { STOPS: 0, STARTS: 0 };
  for (const o of outlets) {
    const both = sidesOf(o);
    if (!both) continue;
    const before = gapsAgainst(o, o, both.before);
    const after = gapsAgainst(o, o, both.after);
    if (!before.length === !after.length) continue;
    const direction = before.length ? 'STARTS' : 'STOPS';
    if (direction === 'STOPS') delta.stopMeeting++;
    else delta.startMeeting++;
    if (shownOf[direction]++ < EXAMPLES) {
      const kinds = [...new Set((direction === 'STOPS' ? after : before).map((g) => g.kind))];
      delta.examples.push({ outletCode: o.code, nameZh: o.name_zh, nameEn: o.name_en, direction, gapKinds: kinds });
    }
  }
  return delta;
}

/** Groups in the order people read them: by branch codes, then category. */
const byCodes = (a: ImpactGroupAnswer, b: ImpactGroupAnswer) => {
  const key = (g: ImpactGroupAnswer) => [g.tierOneCode, g.tierTwoCode, g.outletCategory ?? ''].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

const PREVIEWABLE = new Set([ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED]);

/** The impact of a branch's local version not yet in force, for whoever may read it (its unit and the approvers above). */
export async function localVersionImpact(em: EntityManager, scope: Scope, id: string): Promise<ImpactAnswer> {
  const version = await findVisible(em, scope, id);
  if (!version) throw notFound('localVersionId', 'local version', id);
  if (!PREVIEWABLE.has(version.status)) {
    throw inputError('localVersionId', 'not-in-force-yet', `local version ${version.code} is ${version.status}; only a version not yet approved has an impact to preview`);
  }
  const unit = version.unit.getEntity();
  // Changes flagged as conflicts stay out, as they would once approved.
  const draft = versionLayer(unit, version);
  const edition = await currentEditionOrFail(em, 'localVersionId');
  const answer = await impactBelow(em, unit.path, edition, (layers) => {
    const at = layers.findIndex((l) => l.source.unitId === unit.id);
    if (at >= 0) return layers.map((l, i) => (i === at ? draft : l));
    // The unit has no approved version yet: the draft goes right below the units above it.
    const depth = unit.level === OrgLevel.TIER_ONE_BRANCH ? 1 : 2;
    return [...layers.slice(0, depth), draft, ...layers.slice(depth)];
  });
  return { subjectKind: LayerKind.LOCAL_VERSION, subjectCode: version.code, ...answer };
}

/** The impact of head office's draft edition replacing the edition in force, for those who may read drafts. */
export async function editionImpact(em: EntityManager, scope: Scope, code: string): Promise<ImpactAnswer> {
  const draft = canReadDrafts(scope) ? await em.findOne(StandardEdition, { code }) : null;
  if (!draft) throw notFound('editionCode', 'edition', code);
  if (draft.status !== EditionStatus.DRAFT) {
    throw inputError('editionCode', 'draft-only', `edition ${code} is ${draft.status}; only a draft edition has an impact to preview`);
  }
  const [edition, contents] = await Promise.all([currentEditionOrFail(em, 'editionCode'), loadContents(em, [draft.id], undefined, { plain: true })]);
  const values = editionValues(contents.get(draft.id)! as unknown as PolicedContent);
  const answer = await impactBelow(em, '/', edition, (layers, headOffice) => {
    const source: LayerSource = Object.freeze({
      unitId: headOffice.id,
      unitCode: headOffice.code,
      layerKind: LayerKind.EDITION,
      layerId: draft.id,
      layerCode: draft.code,
      revision: draft.version,
    });
    return [{ source, values }, ...layers.slice(1)];
  }, (now) => {
    // Head office's core rules become the draft's; the branches' own local core rules stay.
    const rules = (contents.get(draft.id) as unknown as { serviceRules?: { code: string; core: boolean }[] }).serviceRules ?? [];
    const source = now.find((r) => r.setBy.layerKind === LayerKind.EDITION)?.setBy;
    const drafted = source ? rules.filter((r) => r.core).map((r) => ({ code: r.code, setBy: { ...source, layerId: draft.id, layerCode: draft.code, revision: draft.version } })) : [];
    return [...drafted, ...now.filter((r) => r.setBy.layerKind !== LayerKind.EDITION)];
  });
  return { subjectKind: LayerKind.EDITION, subjectCode: draft.code, ...answer };
}
