import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Bookkept } from '../../shared/bookkeeping.js';
import { Reviewed } from '../approval/reviewed.js';
import { ApprovalState } from '../approval/workflow.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { StandardEdition } from '../standard/standard.entities.js';
import type { PhaseDates, WaveDates } from './rollout.dates.js';

/** A wave of a branch's plan: its dates and the units in it (tier-two branches for a tier-one, outlets for a tier-two). */
export interface PlanWave extends WaveDates {
  unitCodes: string[];
}

/** One local action of a tier-two branch's scheme: what, who, by when. */
export interface LocalAction {
  what: string;
  who: string;
  dueDate: string;
}

/**
 * 推广: head office's rollout of a published edition, with the bank's phases
 * and the pilot units it picked. Head office edits it directly; the branches'
 * plans below are what goes through approval.
 */
@Entity({ tableName: 'rollout' })
export class Rollout extends Bookkept {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 40 })
  @Unique({ name: 'rollout_code_unique' })
  code!: string;

  @ManyToOne(() => StandardEdition, { ref: true, deleteRule: 'no action' })
  edition!: Ref<StandardEdition>;

  @Property({ type: 'string', length: 200 })
  titleZh!: string;

  @Property({ type: 'string', length: 200 })
  titleEn!: string;

  @Property({ type: 'json' })
  phases!: PhaseDates[];

  /** Codes of the tier-two branches head office picked for the pilot. */
  @Property({ type: 'json' })
  pilotUnitCodes: string[] = [];

  @Property({ type: 'string', length: 100 })
  createdBy!: string;
}

/**
 * A branch's plan for a rollout: for a tier-one branch its localization
 * (分行推广方案: its phase dates, pilot picks and waves of tier-two branches),
 * for a tier-two branch its implementation scheme (实施方案: its outlets by
 * wave, and local actions). Approved by the parent unit through the approval
 * workflow; one open and one approved per rollout and unit, and an approved
 * plan never changes (the database refuses it).
 */
@Entity({ tableName: 'rollout_plan' })
@Index({
  name: 'rollout_plan_one_open_per_unit',
  expression: `create unique index "rollout_plan_one_open_per_unit" on "rollout_plan" ("rollout_id", "unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED')`,
})
@Index({
  name: 'rollout_plan_one_approved_per_unit',
  expression: `create unique index "rollout_plan_one_approved_per_unit" on "rollout_plan" ("rollout_id", "unit_id") where "status" = 'APPROVED'`,
})
export class RolloutPlan extends Reviewed {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Rollout, { ref: true, deleteRule: 'no action' })
  rollout!: Ref<Rollout>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'no action' })
  unit!: Ref<OrgUnit>;

  @Enum({ items: () => ApprovalState, type: 'string' })
  status: ApprovalState = ApprovalState.DRAFT;

  @Property({ type: 'json' })
  phases: PhaseDates[] = [];

  @Property({ type: 'json' })
  pilotUnitCodes: string[] = [];

  @Property({ type: 'json' })
  waves: PlanWave[] = [];

  @Property({ type: 'json' })
  actions: LocalAction[] = [];
}

/**
 * Which wave an outlet is in, from its tier-two branch's approved scheme:
 * written when the scheme is approved, so an outlet's wave (and the
 * compliance roll-up by wave) is one indexed lookup, not a walk through JSON.
 */
@Entity({ tableName: 'rollout_outlet_wave' })
@Unique({ name: 'rollout_outlet_wave_unique', properties: ['rollout', 'outlet'] })
export class RolloutOutletWave {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Rollout, { ref: true, deleteRule: 'cascade' })
  rollout!: Ref<Rollout>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'no action' })
  outlet!: Ref<OrgUnit>;

  @ManyToOne(() => RolloutPlan, { ref: true, deleteRule: 'no action' })
  plan!: Ref<RolloutPlan>;

  @Property({ type: 'integer' })
  wave!: number;

  @Property({ type: 'string', length: 10 })
  start!: string;

  @Property({ type: 'string', length: 10 })
  end!: string;
}
