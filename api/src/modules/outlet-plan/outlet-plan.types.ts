import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ValueSource } from '../standard/effective-standard.types.js';
import { GapKind } from '../compliance/gaps.js';
import { ApprovalState } from '../approval/workflow.js';
import { LocalizedText } from '../../shared/localized-text.js';
// Registers GapKind with the schema.
import '../compliance/compliance.types.js';

@ObjectType({ description: 'Headcount of one position: now and planned' })
export class StaffingFact {
  @Field(() => String) position!: string;
  @Field(() => Int) current!: number;
  @Field(() => Int) target!: number;
}

@ObjectType({ description: 'A zone the outlet has (PRESENT) or plans (PLANNED)' })
export class ZoneFact {
  @Field(() => String) zone!: string;
  @Field(() => String, { description: 'PRESENT or PLANNED' }) status!: string;
}

@ObjectType({ description: 'Self-service devices of one type' })
export class DeviceFact {
  @Field(() => String) deviceType!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '网点现状: what the outlet head records about the outlet' })
export class OutletFactsView {
  @Field(() => Float, { nullable: true, description: 'Floor area in square metres' }) floorArea?: number | null;
  @Field(() => [StaffingFact]) staffing!: StaffingFact[];
  @Field(() => [ZoneFact]) zones!: ZoneFact[];
  @Field(() => [DeviceFact]) devices!: DeviceFact[];
  @Field(() => [String], { description: 'Codes of the core service rules acknowledged' }) acknowledgedRules!: string[];
}

@ObjectType({ description: 'An item of the action plan: who does what by when, to what effect, closing which requirement' })
export class PlanActionView {
  @Field(() => ID) id!: string;
  @Field(() => String) who!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) dueDate!: string;
  @Field(() => String) what!: string;
  @Field(() => String) expectedEffect!: string;
  @Field(() => String, { description: 'The requirement’s value path' }) path!: string;
  @Field(() => Boolean) done!: boolean;
}

@ObjectType({ description: 'Why a gap stays open, in the outlet head’s words' })
export class GapJustificationView {
  @Field(() => String) path!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: '差距: one requirement the outlet falls short of, with who set it' })
export class GapView {
  @Field(() => GapKind) kind!: GapKind;
  @Field(() => String, { description: 'The requirement’s value path' }) path!: string;
  @Field(() => Int, { nullable: true, description: 'Expected at least (counts and ranges)' }) expectedMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Expected at most (ranges; null: no upper limit)' }) expectedMax?: number | null;
  @Field(() => String, { nullable: true, description: 'Expected requirement level (zones)' }) expectedRequirement?: string | null;
  @Field(() => Int, { nullable: true, description: 'The outlet’s count' }) actualCount?: number | null;
  @Field(() => String, { nullable: true, description: 'The zone as recorded: PRESENT, PLANNED or ABSENT' }) actualZone?: string | null;
  @Field(() => ValueSource, { description: 'The unit, layer and revision that set the requirement' }) setBy!: ValueSource;
  @Field(() => Boolean, { description: 'Closed by an action item with a due date, or justified' }) addressed!: boolean;
}

@InputType()
export class StaffingFactInput {
  @Field(() => String) position!: string;
  @Field(() => Int) current!: number;
  @Field(() => Int) target!: number;
}

@InputType()
export class ZoneFactInput {
  @Field(() => String) zone!: string;
  @Field(() => String, { description: 'PRESENT or PLANNED' }) status!: string;
}

@InputType()
export class DeviceFactInput {
  @Field(() => String) deviceType!: string;
  @Field(() => Int) count!: number;
}

@InputType()
export class OutletFactsInput {
  @Field(() => Float, { nullable: true }) floorArea?: number | null;
  @Field(() => [StaffingFactInput]) staffing!: StaffingFactInput[];
  @Field(() => [ZoneFactInput]) zones!: ZoneFactInput[];
  @Field(() => [DeviceFactInput]) devices!: DeviceFactInput[];
  @Field(() => [String], { nullable: true }) acknowledgedRules?: string[] | null;
}

@InputType()
export class PlanActionInput {
  @Field(() => String) who!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) dueDate!: string;
  @Field(() => String) what!: string;
  @Field(() => String) expectedEffect!: string;
  @Field(() => String, { description: 'The requirement (value path) it closes' }) path!: string;
  @Field(() => Boolean, { nullable: true }) done?: boolean | null;
}


@ObjectType({ description: 'A gap in the gap list (差距清单): the gap with its outlet, its plan, and what closes it' })
export class OutletGap extends GapView {
  @Field(() => String, { description: 'The outlet’s code (its plan’s review page is keyed by it)' }) outletCode!: string;
  @Field(() => LocalizedText, { description: 'The outlet’s name' }) outletName!: LocalizedText;
  @Field(() => String, { description: 'The code of the unit directly above the outlet (its tier-two branch)' }) branchCode!: string;
  @Field(() => LocalizedText, { description: 'The name of the unit directly above the outlet' }) branchName!: LocalizedText;
  @Field(() => ID) planId!: string;
  @Field(() => ApprovalState, { description: 'The plan’s state' }) planStatus!: ApprovalState;
  @Field(() => Int, { description: 'The plan’s revision' }) planVersion!: number;
  @Field(() => LocalizedText, { nullable: true, description: 'The name of the position, zone, device type or rule the requirement is about, as the outlet’s standard names it' })
  requirementName?: LocalizedText | null;
  @Field(() => PlanActionView, { nullable: true, description: 'The action item that closes the gap (the earliest due, when several do)' }) action?: PlanActionView | null;
  @Field(() => String, { nullable: true, description: 'The written justification, when the gap is justified instead' }) justification?: string | null;
}
