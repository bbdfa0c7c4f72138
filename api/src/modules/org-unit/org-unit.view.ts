import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';
import { OrgLevel, OrgUnitStatus, TierTwoKind, type OrgUnit } from './org-unit.entity.js';

/**
 * A unit as the API answers it: the GraphQL type `OrgUnit`, read-only.
 *
 * Reads build these straight from SQL rows, once, and freeze them: no managed
 * entity, no identity map, no change tracking. Building MikroORM entities for
 * answers nobody changes took a quarter of the server's CPU on large trees.
 * Mutations still change managed entities and hand back `toView(entity)`, so
 * every field resolver of the type sees this one shape.
 *
 * Readers get instances of this class (not object literals) because
 * type-graphql copies any root that is not an instance of the type's class
 * into a new one before each field resolver; an instance passes through as is.
 */
@ObjectType('OrgUnit', { description: 'A unit of the network (总行, 分行 or 网点)' })
export class OrgUnitView {
  @Field(() => ID)
  readonly id: string;

  @Field(() => String, { description: 'Stable business code, unique across the bank' })
  readonly code: string;

  @Field(() => LocalizedText)
  readonly name: Readonly<LocalizedText>;

  @Field(() => OrgLevel)
  readonly level: OrgLevel;

  @Field(() => TierTwoKind, { nullable: true, description: 'Only for tier-two units' })
  readonly tierTwoKind: TierTwoKind | null;

  /** Not in the schema: `parent` resolves it (null for head office). */
  readonly parentId: string | null;

  /** Not in the schema: the materialized path of ids (`/<ho>/<t1>/…/<this>/`). */
  readonly path: string;

  /**
   * Not in the schema as is: every direct child, visible or not, as the row
   * stores it. `childCount` answers what the actor may see (`visibleChildCount`).
   */
  readonly storedChildCount: number;

  @Field(() => OrgUnitStatus)
  readonly status: OrgUnitStatus;

  @Field(() => String, { nullable: true, description: 'Outlets only: the code of an outlet category of the edition in force (standardEdition.outletCategories)' })
  readonly category: string | null;

  @Field(() => String, { nullable: true })
  readonly city: string | null;

  @Field(() => String, { nullable: true })
  readonly address: string | null;

  @Field(() => Date, { nullable: true })
  readonly closedAt: Date | null;

  @Field(() => Int)
  readonly version: number;

  @Field(() => Date)
  readonly createdAt: Date;

  @Field(() => Date)
  readonly updatedAt: Date;

  constructor(fields: Omit<OrgUnitView, 'pathIds'>) {
    this.id = fields.id;
    this.code = fields.code;
    this.name = Object.freeze({ zh: fields.name.zh, en: fields.name.en });
    this.level = fields.level;
    this.tierTwoKind = fields.tierTwoKind;
    this.parentId = fields.parentId;
    this.path = fields.path;
    this.storedChildCount = fields.storedChildCount;
    this.status = fields.status;
    this.category = fields.category;
    this.city = fields.city;
    this.address = fields.address;
    this.closedAt = fields.closedAt;
    this.version = fields.version;
    this.createdAt = fields.createdAt;
    this.updatedAt = fields.updatedAt;
    Object.freeze(this);
  }

  /** Ids from the root down to this unit, inclusive. */
  pathIds(): string[] {
    return this.path.split('/').filter(Boolean);
  }
}

/**
 * The columns every unit read selects, aliased to what `unitFromRow` reads.
 * Times come as epoch milliseconds: the driver hands timestamps over as text,
 * and a number becomes a Date without parsing.
 */
export function unitColumns(alias: string): string {
  const ms = (column: string) => `(extract(epoch from ${alias}.${column}) * 1000)::float8`;
  return [
    `${alias}.id`, `${alias}.code`, `${alias}.name_zh`, `${alias}.name_en`, `${alias}.level`, `${alias}.tier_two_kind`,
    `${alias}.parent_id`, `${alias}.path`, `${alias}.child_count`, `${alias}.status`, `${alias}.category`, `${alias}.city`, `${alias}.address`,
    `${ms('closed_at')} as closed_ms`, `${alias}.version`, `${ms('created_at')} as created_ms`, `${ms('updated_at')} as updated_ms`,
  ].join(', ');
}

/** A row as `unitColumns` selects it. */
export interface UnitRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  level: OrgLevel;
  tier_two_kind: TierTwoKind | null;
  parent_id: string | null;
  path: string;
  child_count: number;
  status: OrgUnitStatus;
  category: string | null;
  city: string | null;
  address: string | null;
  closed_ms: number | null;
  version: number;
  created_ms: number;
  updated_ms: number;
}

export function unitFromRow(row: UnitRow): OrgUnitView {
  return new OrgUnitView({
    id: row.id,
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    level: row.level,
    tierTwoKind: row.tier_two_kind,
    parentId: row.parent_id,
    path: row.path,
    storedChildCount: row.child_count,
    status: row.status,
    category: row.category,
    city: row.city,
    address: row.address,
    closedAt: row.closed_ms === null ? null : new Date(row.closed_ms),
    version: row.version,
    createdAt: new Date(row.created_ms),
    updatedAt: new Date(row.updated_ms),
  });
}

/** What a mutation hands back: the changed entity as the same read-only view reads return. */
export function toView(unit: OrgUnit): OrgUnitView {
  return new OrgUnitView({
    id: unit.id,
    code: unit.code,
    name: unit.name,
    level: unit.level,
    tierTwoKind: unit.tierTwoKind ?? null,
    parentId: unit.parent?.id ?? null,
    path: unit.path,
    storedChildCount: unit.childCount ?? 0,
    status: unit.status,
    category: unit.category ?? null,
    city: unit.city ?? null,
    address: unit.address ?? null,
    closedAt: unit.closedAt ?? null,
    version: unit.version,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
  });
}
