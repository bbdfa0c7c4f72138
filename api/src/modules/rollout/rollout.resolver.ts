import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { RolloutPhase } from './rollout.dates.js';
import * as service from './rollout.service.js';

registerEnumType(RolloutPhase, {
  name: 'RolloutPhase',
  description: 'The bank’s rollout phases, in order',
  valuesConfig: {
    DESIGN: { description: '设计' },
    PILOT: { description: '试点' },
    IMPROVE: { description: '完善' },
    ACCEPTANCE: { description: '验收' },
    SUMMARY: { description: '总结' },
    PROMOTION: { description: '全面推广' },
  },
});

@ObjectType({ description: 'A phase as it applies to a unit: the dates in force, whose they are, and whether its end has passed' })
class TimelinePhaseView {
  @Field(() => RolloutPhase) phase!: RolloutPhase;
  @Field(() => String, { description: 'yyyy-mm-dd' }) start!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) end!: string;
  @Field(() => String, { description: 'Code of the unit whose approved dates are in force' }) setBy!: string;
  @Field(() => Boolean, { description: 'Its end is before today' }) late!: boolean;
}

@ObjectType({ description: 'The wave a unit is in, from the approved plan of the branch above it' })
class TimelineWaveView {
  @Field(() => Int) number!: number;
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
  @Field(() => String) setBy!: string;
  @Field(() => Boolean) late!: boolean;
}

@ObjectType({ description: 'The phases and wave in force for one unit (approved plans only; drafts never count)' })
class UnitTimelineView {
  @Field(() => String) unitCode!: string;
  @Field(() => [TimelinePhaseView]) phases!: TimelinePhaseView[];
  @Field(() => TimelineWaveView, { nullable: true }) wave!: TimelineWaveView | null;
}

/** Thin: the rules and the folding of dates live in rollout.service.ts and rollout.dates.ts. */
@Resolver()
export class RolloutResolver {
  @Query(() => [UnitTimelineView], { description: 'The timeline of each unit you may read, for a rollout, in a bounded number of statements whatever the number of units' })
  rolloutTimeline(
    @Arg('rolloutCode', () => String) rolloutCode: string,
    @Arg('orgUnitCodes', () => [String]) orgUnitCodes: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return service.timelines(ctx.em, ctx.scope, rolloutCode, orgUnitCodes.slice(0, 500), new Date().toISOString().slice(0, 10));
  }
}
