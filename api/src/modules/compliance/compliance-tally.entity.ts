import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The roll-up's per-parent tally (migration 20261205300000): how many open
 * outlets under one parent unit fall under each (dimension, key), e.g.
 * ('status', 'APPROVED') or ('kind', 'ZONE_MISSING'); for 'due', how many open
 * actions fall due on that date. Written only by database triggers; declared
 * here so the schema the entities describe matches the database. Never
 * loaded through the ORM: `rollup.ts` reads it in SQL.
 */
@Entity({ tableName: 'compliance_tally' })
export class ComplianceTally {
  @PrimaryKey({ type: 'uuid' })
  parentId!: string;

  @PrimaryKey({ type: 'text' })
  dimension!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  n!: number;
}
