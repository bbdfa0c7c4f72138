import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../shared/localized-text.js';
import { ApprovalState } from '../approval/workflow.js';
// Registers ApprovalState with the schema.
import '../approval/approval-event.entity.js';
import { RolloutPhase } from './rollout.dates.js';
import type { Rollout, RolloutPlan } from './rollout.entity.js';

@ObjectType('RolloutPhaseDates', { description: 'One phase with its dates (yyyy-mm-dd, ends included)' })
export class PhaseDatesView {
  @Field(() => RolloutPhase) phase!: RolloutPhase;
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
}

@ObjectType('RolloutWave', { description: 'A wave of a branch’s plan: its dates and the units in it (tier-two branches for a tier-one, outlets for a tier-two)' })
export class PlanWaveView {
  @Field(() => Int, { description: '1, 2, … in the order the waves run' }) number!: number;
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
  @Field(() => [String]) unitCodes!: string[];
}

@ObjectType('RolloutLocalAction', { description: 'A local action of a tier-two branch’s implementation scheme' })
export class LocalActionView {
  @Field(() => String) what!: string;
  @Field(() => String) who!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) dueDate!: string;
}

@ObjectType('Rollout', { description: '推广: head office’s rollout of an edition, with the bank’s phases and the pilot units it picked' })
export class RolloutView {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => String, { description: 'The edition rolled out' }) editionCode!: string;
  @Field(() => [PhaseDatesView], { description: 'Head office’s phases, in the bank’s order' }) phases!: PhaseDatesView[];
  @Field(() => [String], { description: 'Tier-two branches head office picked for the pilot' }) pilotUnitCodes!: string[];
  @Field(() => String) createdBy!: string;
  @Field(() => Int, { description: 'Pass it back to updateRollout' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('RolloutPlan', { description: '分行推广方案 (tier-one) or 实施方案 (tier-two): a branch’s plan for a rollout, approved by its parent unit' })
export class RolloutPlanView {
  @Field(() => ID) id!: string;
  @Field(() => String) rolloutCode!: string;
  rolloutId!: string;
  unitId!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => ApprovalState) status!: ApprovalState;
  @Field(() => Int, { description: 'Pass it back to save, submit or withdraw; approvers pass it as the revision they reviewed' }) version!: number;
  @Field(() => [PhaseDatesView], { description: 'A tier-one’s own phase dates, each inside head office’s' }) phases!: PhaseDatesView[];
  @Field(() => [String], { description: 'A tier-one’s pilot tier-two branches' }) pilotUnitCodes!: string[];
  @Field(() => [PlanWaveView]) waves!: PlanWaveView[];
  @Field(() => [LocalActionView], { description: 'A tier-two’s local actions' }) actions!: LocalActionView[];
  @Field(() => String) createdBy!: string;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@InputType('RolloutPhaseDatesInput')
export class PhaseDatesInput {
  @Field(() => RolloutPhase) phase!: RolloutPhase;
  @Field(() => String, { description: 'yyyy-mm-dd' }) start!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) end!: string;
}

@InputType('RolloutWaveInput')
export class PlanWaveInput {
  @Field(() => Int) number!: number;
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
  @Field(() => [String]) unitCodes!: string[];
}

@InputType('RolloutLocalActionInput')
export class LocalActionInput {
  @Field(() => String) what!: string;
  @Field(() => String) who!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) dueDate!: string;
}

@InputType()
export class LaunchRolloutInput {
  @Field(() => String, { description: 'A-Z, 0-9, _ and -, at most 40 characters' }) code!: string;
  @Field(() => LocalizedTextInput) title!: LocalizedTextInput;
  @Field(() => [PhaseDatesInput], { nullable: true, description: 'Omit to lay out the bank’s six phases from startsOn' }) phases?: PhaseDatesInput[] | null;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; used when phases are omitted' }) startsOn?: string | null;
  @Field(() => [String], { description: 'Tier-two branches for the pilot' }) pilotUnitCodes!: string[];
}

@InputType()
export class UpdateRolloutInput {
  @Field(() => LocalizedTextInput, { nullable: true }) title?: LocalizedTextInput | null;
  @Field(() => [PhaseDatesInput], { nullable: true, description: 'The full list of phases; omit to keep them' }) phases?: PhaseDatesInput[] | null;
  @Field(() => [String], { nullable: true, description: 'The full list of pilot tier-two branches; omit to keep them' }) pilotUnitCodes?: string[] | null;
}

@InputType()
export class RolloutPlanInput {
  @Field(() => [PhaseDatesInput], { nullable: true, description: 'Tier-one only: its own dates, each inside head office’s' }) phases?: PhaseDatesInput[] | null;
  @Field(() => [String], { nullable: true, description: 'Tier-one only: its pilot tier-two branches' }) pilotUnitCodes?: string[] | null;
  @Field(() => [PlanWaveInput], { nullable: true }) waves?: PlanWaveInput[] | null;
  @Field(() => [LocalActionInput], { nullable: true, description: 'Tier-two only' }) actions?: LocalActionInput[] | null;
}

export function rolloutView(r: Rollout): RolloutView {
  return {
    id: r.id,
    code: r.code,
    title: { zh: r.titleZh, en: r.titleEn },
    editionCode: r.edition.getEntity().code,
    phases: r.phases,
    pilotUnitCodes: r.pilotUnitCodes,
    createdBy: r.createdBy,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** `rolloutCode` is passed in: the plan's rollout is known to the caller, so no statement is spent on it. */
export function planView(p: RolloutPlan, rolloutCode: string): RolloutPlanView {
  const unit = p.unit.getEntity();
  return {
    id: p.id,
    rolloutCode,
    rolloutId: p.rollout.id,
    unitId: unit.id,
    unitCode: unit.code,
    status: p.status,
    version: p.version,
    phases: p.phases,
    pilotUnitCodes: p.pilotUnitCodes,
    waves: p.waves,
    actions: p.actions,
    createdBy: p.createdBy,
    submittedBy: p.submittedBy ?? null,
    submittedAt: p.submittedAt ?? null,
    decidedBy: p.decidedBy ?? null,
    decidedAt: p.decidedAt ?? null,
    updatedAt: p.updatedAt,
  };
}
