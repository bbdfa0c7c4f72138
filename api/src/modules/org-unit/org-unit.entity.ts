import { Check, Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Bookkept } from '../../shared/bookkeeping.js';
import { LocalizedText } from '../../shared/localized-text.js';
import { LEVEL_ORDER, OrgLevel, childLevelOf, parentLevelOf } from '../../shared/org/levels.js';

// The levels are shared vocabulary (the scope rules read them); re-exported so
// callers keep finding them beside the unit.
export { OrgLevel, LEVEL_ORDER, parentLevelOf, childLevelOf };

/** Tier-two covers two kinds of unit that do the same job; the bank keeps them apart. */
export enum TierTwoKind {
  BRANCH = 'BRANCH',
  CITY_MANAGING_SUB_BRANCH = 'CITY_MANAGING_SUB_BRANCH',
}
registerEnumType(TierTwoKind, {
  name: 'TierTwoKind',
  description: 'Which kind of tier-two unit: 二级分行 or 城区管辖支行',
  valuesConfig: {
    BRANCH: { description: '二级分行 tier-two branch' },
    CITY_MANAGING_SUB_BRANCH: { description: '城区管辖支行 city-managing sub-branch' },
  },
});

export enum OrgUnitStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(OrgUnitStatus, { name: 'OrgUnitStatus', description: 'Whether the unit still operates' });

/**
 * One unit of the bank's network: head office, a branch or an outlet.
 *
 * The tree is stored twice on purpose: `parent` for the edge, and `path`, a
 * materialized path of ids from the root (`/<ho>/<t1>/<t2>/<outlet>/`).
 * "Everything under branch X" is then `path LIKE '/…X/%'`, one range scan on a
 * `text_pattern_ops` B-tree index, whatever the depth; ancestors are the ids in
 * the path, fetched by primary key. We chose a plain text path over `ltree`
 * because it needs no extension (works on any PostgreSQL the bank gives us) and
 * the tree is only four levels deep. Moving a unit rewrites the paths of its
 * subtree in one UPDATE, which at this scale (≤ a few thousand rows under one
 * tier-two branch) is cheap, and moves are rare.
 *
 * The entity is what writes change; the API answers with `OrgUnitView`
 * (org-unit.view.ts), the GraphQL type, which reads build without the ORM.
 */
@Entity({ tableName: 'org_unit' })
@Index({ name: 'org_unit_path_idx', expression: 'create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops)' })
@Index({ name: 'org_unit_parent_code_idx', properties: ['parent', 'code'] })
@Index({ name: 'org_unit_level_code_idx', properties: ['level', 'code'] })
// One head office: a unique index over a constant, limited to that level.
@Index({
  name: 'org_unit_single_head_office',
  expression: `create unique index "org_unit_single_head_office" on "org_unit" ((true)) where "level" = 'HEAD_OFFICE'`,
})
// Only head office has no parent; the service checks the rest of the level rules.
@Check({ name: 'org_unit_root_has_no_parent', expression: `("parent_id" is null) = ("level" = 'HEAD_OFFICE')` })
export class OrgUnit extends Bookkept {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Enum({ items: () => OrgLevel, type: 'string' })
  level!: OrgLevel;

  @Enum({ items: () => TierTwoKind, type: 'string', nullable: true })
  tierTwoKind?: TierTwoKind | null;

  @ManyToOne(() => OrgUnit, { nullable: true, ref: true, deleteRule: 'no action' })
  parent?: Ref<OrgUnit> | null;

  @Property({ type: 'text' })
  path!: string;

  @Enum({ items: () => OrgUnitStatus, type: 'string', default: OrgUnitStatus.OPEN })
  status: OrgUnitStatus = OrgUnitStatus.OPEN;

  /**
   * 网点分类: which category's requirements apply (outlets only). A code of an
   * outlet category in the edition in force, checked when written; not a
   * fixed list, because a new edition may add categories.
   */
  @Property({ type: 'text', nullable: true })
  category?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /**
   * Number of direct children, kept by database triggers in the writing
   * transaction (migration 20261205400000); code never writes it, so an
   * entity's copy may lag after it adds children. Reads take it from the row.
   */
  @Property({ type: 'integer', default: 0 })
  readonly childCount?: number;

  /** Ids from the root down to this unit, inclusive. */
  pathIds(): string[] {
    return this.path.split('/').filter(Boolean);
  }
}
