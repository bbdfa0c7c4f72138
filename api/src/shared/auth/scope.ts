import type { Actor } from '../actor.js';
import { forbidden } from '../errors.js';
import { escapeLike } from '../sql.js';
import type { Role } from './roles.js';

interface UnitLike {
  id: string;
  code: string;
  path: string;
}

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
