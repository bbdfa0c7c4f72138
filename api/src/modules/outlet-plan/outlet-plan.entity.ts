import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { GapJustificationView, OutletFactsView, PlanActionView } from './outlet-plan.types.js';
import { Reviewed } from '../approval/reviewed.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import type { GapKind, OutletFacts } from '../compliance/gaps.js';

/** One item of the outlet head's action plan: who does what by when, to what effect, closing which requirement. */
export interface PlanAction {
  /** Stable within the plan, so an update or removal names the item. */
  id: string;
  who: string;
  /** ISO date (yyyy-mm-dd). */
  dueDate: string;
  what: string;
  expectedEffect: string;
  /** The requirement (value path) the action closes. */
  path: string;
  done: boolean;
}

/** Why a gap stays open: the outlet head's written justification for one requirement. */
export interface GapJustification {
  path: string;
  text: string;
}

/**
 * 落地方案: an outlet's implementation plan. It carries its own copy of the
 * outlet's facts, so every revision of the plan says what the outlet looked
 * like when it was written, and the approved plan's facts are the outlet's
 * recorded state (one approved plan per outlet; the next approval supersedes
 * it and both stay as history).
 *
 * The gap summary (`compliant`, `gapCount`, `gapKinds`) is the engine's
 * answer stored beside the facts whenever they or the standard change, so
 * roll-ups over 40,000 outlets aggregate stored numbers instead of folding
 * the standard for each outlet.
 */
@Entity({ tableName: 'outlet_plan' })
@Index({
  name: 'outlet_plan_one_open_per_unit',
  expression: `create unique index "outlet_plan_one_open_per_unit" on "outlet_plan" ("unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED')`,
})
@Index({
  name: 'outlet_plan_one_approved_per_unit',
  expression: `create unique index "outlet_plan_one_approved_per_unit" on "outlet_plan" ("unit_id") where "status" = 'APPROVED'`,
})
@ObjectType({ description: '落地方案: an outlet’s implementation plan, its facts and action plan, checked live against its standard' })
export class OutletPlan extends Reviewed {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'no action' })
  unit!: Ref<OrgUnit>;

  @Enum({ items: () => ApprovalState, type: 'string' })
  @Field(() => ApprovalState)
  status: ApprovalState = ApprovalState.DRAFT;

  @Property({ type: 'json' })
  @Field(() => OutletFactsView)
  facts!: OutletFacts;

  @Property({ type: 'json' })
  @Field(() => [PlanActionView])
  actions: PlanAction[] = [];

  @Property({ type: 'json' })
  @Field(() => [GapJustificationView])
  justifications: GapJustification[] = [];

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'No gap at the last check (stored with the facts; `gaps` is live)' })
  compliant: boolean = false;

  @Property({ type: 'integer' })
  @Field(() => Int)
  gapCount: number = 0;

  /** Gaps by kind, as the engine's summary gives them. */
  @Property({ type: 'json' })
  gapKinds: Partial<Record<GapKind, number>> = {};
}
