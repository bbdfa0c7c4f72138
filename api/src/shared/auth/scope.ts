import type { Actor } from '../actor.js';
import { forbidden } from '../errors.js';
import { escapeLike } from '../sql.js';
import { Role } from './roles.js';
import { OrgLevel } from '../org/levels.js';

interface UnitLike {
  id: string;
  code: string;
  path: string;
}

/** A unit as the layer rules need it: where it sits and at which level. */
export interface LayerUnit {
  id: string;
  path: string;
  level: OrgLevel;
}

/**
 * How the actor's own unit stands to the unit a rule is about: the unit
 * itself, its direct parent (the level that approves what it sends up), a
 * unit further above, a unit below, or none of these.
 */
export type UnitRelation = 'SELF' | 'PARENT' | 'ABOVE' | 'BELOW' | 'UNRELATED';

/** What can be done to a unit's layer of the standard (head office's editions, later branches' local versions). */
export type LayerAction = 'author' | 'readDrafts' | 'submit' | 'approve';

/**
 * One grant: actors holding one of `roles` (`'any'`: any role, as long as it
 * is a signed-in person), standing in `relation` to a unit of one of
 * `levels`, may take the action on that unit's layer.
 */
export interface LayerGrant {
  levels: readonly OrgLevel[];
  relation: UnitRelation;
  roles: readonly Role[] | 'any';
}

/** The levels that localize head office's standard with a local version of their own. */
const BRANCH_LEVELS = [OrgLevel.TIER_ONE_BRANCH, OrgLevel.TIER_TWO_BRANCH] as const;

/**
 * Who may do what with which unit's layer: the only place authority over the
 * standard's layers is decided.
 * - Head office's layer (its editions): its standards authors write and
 *   submit it, its approvers approve it, and its people read its drafts.
 * - A branch's layer (its local versions, tier-one and tier-two): its own
 *   branch staff write and submit it, its people read its drafts, and the
 *   approvers of the parent unit read and approve what it sends up.
 * - An outlet's layer is its implementation plan (落地方案): its outlet head
 *   writes and submits it, its people read it, and the approvers of its own
 *   tier-two branch (the parent) read and approve it; nobody further up
 *   approves it, so a tier-one approver cannot reach past the tier-two branch.
 */
export const LAYER_GRANTS: Readonly<Record<LayerAction, readonly LayerGrant[]>> = {
  author: [
    { levels: [OrgLevel.HEAD_OFFICE], relation: 'SELF', roles: [Role.STANDARDS_AUTHOR] },
    { levels: BRANCH_LEVELS, relation: 'SELF', roles: [Role.BRANCH_STAFF] },
    { levels: [OrgLevel.OUTLET], relation: 'SELF', roles: [Role.OUTLET_HEAD] },
  ],
  readDrafts: [
    { levels: [OrgLevel.HEAD_OFFICE, ...BRANCH_LEVELS, OrgLevel.OUTLET], relation: 'SELF', roles: 'any' },
    { levels: [...BRANCH_LEVELS, OrgLevel.OUTLET], relation: 'PARENT', roles: [Role.APPROVER] },
  ],
  submit: [
    { levels: [OrgLevel.HEAD_OFFICE], relation: 'SELF', roles: [Role.STANDARDS_AUTHOR] },
    { levels: BRANCH_LEVELS, relation: 'SELF', roles: [Role.BRANCH_STAFF] },
    { levels: [OrgLevel.OUTLET], relation: 'SELF', roles: [Role.OUTLET_HEAD] },
  ],
  approve: [
    { levels: [OrgLevel.HEAD_OFFICE], relation: 'SELF', roles: [Role.APPROVER] },
    { levels: [...BRANCH_LEVELS, OrgLevel.OUTLET], relation: 'PARENT', roles: [Role.APPROVER] },
  ],
};

const ACTION_WORDS: Record<LayerAction, string> = {
  author: 'write',
  readDrafts: 'read the drafts of',
  submit: 'submit',
  approve: 'approve',
};

/** A SQL condition and its bindings, ready for knex's `whereRaw(...)`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SqlCondition = [sql: string, bindings: any[]];

/**
 * Where an actor may read and write: the one place scope rules live. Services
 * ask it before they write; queries add its SQL conditions so lists, pages and
 * counts never include a row the actor may not see.
 *
 * Visible units: the actor's own unit, everything below it, and the chain of
 * units above it (the levels whose standards it implements). Anything else is
 * treated as if it did not exist (null for single reads, absent from lists).
 * Writable: the own unit and below, and only with the right role.
 */
export class Scope {
  private readonly ancestors: string[];

  constructor(readonly actor: Actor) {
    const ids = actor.unit ? actor.unit.path.split('/').filter(Boolean) : [];
    this.ancestors = ids.slice(0, -1);
  }

  /** System work (seeding, migrations) is not restricted. */
  get unrestricted(): boolean {
    return this.actor.kind === 'SYSTEM';
  }

  /** Path prefix of the actor's subtree; null when it can see nothing. */
  get subtreePath(): string | null {
    if (this.unrestricted) return '/';
    return this.actor.unit?.path ?? null;
  }

  get ancestorIds(): readonly string[] {
    return this.ancestors;
  }

  hasRole(...roles: Role[]): boolean {
    return this.unrestricted || roles.some((r) => this.actor.roles.includes(r));
  }

  inSubtree(path: string): boolean {
    const root = this.subtreePath;
    return root !== null && path.startsWith(root);
  }

  canReadUnit(unit: Pick<UnitLike, 'id' | 'path'>): boolean {
    return this.inSubtree(unit.path) || this.ancestors.includes(unit.id);
  }

  /** SQL (with bindings) keeping only units visible to the actor; `alias` is the org_unit table alias. */
  visibleUnitsSql(alias = 'u'): SqlCondition {
    const root = this.subtreePath;
    if (root === null) return ['false', []];
    if (root === '/') return ['true', []];
    return [`(${alias}.path like ? or ${alias}.id = any(?::uuid[]))`, [escapeLike(root) + '%', [...this.ancestors]]];
  }

  /** SQL keeping only rows whose unit path lies in the actor's subtree (audit events, plans…). */
  subtreeSql(column: string): SqlCondition {
    const root = this.subtreePath;
    if (root === null) return ['false', []];
    if (root === '/') return ['true', []];
    return [`${column} like ?`, [escapeLike(root) + '%']];
  }

  /** How the actor's unit stands to `unit` (paths are `/<id>/<id>/…/`, root first). */
  relationTo(unit: Pick<LayerUnit, 'id' | 'path'>): UnitRelation {
    const own = this.actor.unit;
    if (!own) return 'UNRELATED';
    if (own.id === unit.id) return 'SELF';
    const ids = unit.path.split('/').filter(Boolean);
    if (ids.at(-2) === own.id) return 'PARENT';
    if (ids.includes(own.id)) return 'ABOVE';
    if (this.ancestors.includes(unit.id)) return 'BELOW';
    return 'UNRELATED';
  }

  /**
   * Whether the actor may take `action` on `unit`'s layer under LAYER_GRANTS.
   * Only signed-in people act on layers: API tokens read published content
   * only. The system (seeding) is unrestricted.
   */
  mayOnLayer(action: LayerAction, unit: LayerUnit): boolean {
    if (this.unrestricted) return true;
    if (this.actor.kind !== 'USER' || this.actor.readOnly) return false;
    const relation = this.relationTo(unit);
    return LAYER_GRANTS[action].some(
      (g) => g.levels.includes(unit.level) && g.relation === relation && (g.roles === 'any' || this.hasRole(...g.roles)),
    );
  }

  canAuthorLayerOf(unit: LayerUnit): boolean {
    return this.mayOnLayer('author', unit);
  }

  canReadDraftsOf(unit: LayerUnit): boolean {
    return this.mayOnLayer('readDrafts', unit);
  }

  canSubmitFor(unit: LayerUnit): boolean {
    return this.mayOnLayer('submit', unit);
  }

  /**
   * Approval also needs a different person from the one who submitted:
   * nobody approves their own submission, at any level.
   */
  canApproveFor(unit: LayerUnit, submittedBy?: string | null): boolean {
    if (!this.unrestricted && submittedBy != null && submittedBy === this.actor.id) return false;
    return this.mayOnLayer('approve', unit);
  }

  /** Refuses (FORBIDDEN, naming what was attempted and why) unless `mayOnLayer`. */
  assertLayer(action: LayerAction, unit: LayerUnit & { code?: string }, attempted: string): void {
    if (this.mayOnLayer(action, unit)) return;
    if (this.actor.readOnly) throw forbidden(`${attempted}: this credential is read-only`);
    const who = LAYER_GRANTS[action]
      .filter((g) => g.levels.includes(unit.level))
      .map((g) => `${g.roles === 'any' ? 'staff' : g.roles.join('/')} of ${g.relation === 'SELF' ? 'the unit itself' : `the unit's ${g.relation.toLowerCase()}`}`);
    const name = unit.code ?? unit.level;
    throw forbidden(
      who.length
        ? `${attempted}: only ${who.join(' or ')} may ${ACTION_WORDS[action]} ${name}'s standard`
        : `${attempted}: no one may ${ACTION_WORDS[action]} the standard of a ${unit.level} unit`,
    );
  }

  /**
   * Head office as a layer unit, derived from the actor's own path (head
   * office is the root of every path), so checks about head office's editions
   * cost no query. Null for actors without a unit (anonymous, system).
   */
  get headOffice(): LayerUnit | null {
    const root = this.actor.unit?.path.split('/').filter(Boolean)[0];
    return root ? { id: root, path: `/${root}/`, level: OrgLevel.HEAD_OFFICE } : null;
  }

  /**
   * Refuses a write unless the actor may write, holds one of `roles`, and the
   * unit lies in its subtree. `action` says what was attempted, for the message.
   */
  assertCanWrite(unit: UnitLike | null, roles: Role[], action: string): void {
    if (this.unrestricted) return;
    if (this.actor.readOnly) throw forbidden(`${action}: this credential is read-only`);
    if (!this.hasRole(...roles)) throw forbidden(`${action}: needs the role ${roles.join(' or ')}`);
    if (unit && !this.inSubtree(unit.path)) {
      throw forbidden(`${action}: ${unit.code} is outside your part of the network (${this.actor.unit?.code})`);
    }
  }
}
