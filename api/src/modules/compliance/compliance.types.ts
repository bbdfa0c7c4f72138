import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GapKind } from './gaps.js';

registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'What kind of requirement an outlet falls short of',
  valuesConfig: {
    STAFF_BELOW_MINIMUM: { description: '人员不足: fewer staff than a minimum (marketing staff in all, or sales-service staff)' },
    LOBBY_STAFF_OUT_OF_RANGE: { description: '厅堂人员超出范围: lobby managers and guides together outside their range' },
    POSITION_OUT_OF_RANGE: { description: '岗位配置超出范围: a position’s headcount outside its range' },
    ZONE_MISSING: { description: '缺少功能区: a required zone not present (absent or only planned)' },
    DEVICES_TOO_FEW: { description: '设备不足: fewer self-service devices of a type than the minimum' },
    CORE_RULE_NOT_ACKNOWLEDGED: { description: '核心内容未确认: a core service rule the outlet head has not acknowledged' },
  },
});

@ObjectType({ description: 'Outlets in one plan status' })
export class PlanStatusCount {
  @Field(() => String, { description: 'NONE, DRAFT, SUBMITTED, RETURNED or APPROVED' }) status!: string;
  @Field(() => Int) outlets!: number;
}

@ObjectType({ description: 'Outlets by compliance of their recorded (approved) state' })
export class ComplianceCount {
  @Field(() => String, { description: 'COMPLIANT, WITH_GAPS or NOT_ASSESSED' }) compliance!: string;
  @Field(() => Int) outlets!: number;
}

@ObjectType({ description: 'Outlets with at least one gap of a kind' })
export class GapKindCount {
  @Field(() => GapKind) kind!: GapKind;
  @Field(() => Int) outlets!: number;
}

@ObjectType({ description: 'Outlets of one category' })
export class CategoryCount {
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => Int) outlets!: number;
}

@ObjectType({ description: 'Counts over a subtree' })
export class RollupCountsView {
  @Field(() => Int) outlets!: number;
  @Field(() => [PlanStatusCount]) byPlanStatus!: PlanStatusCount[];
  @Field(() => [ComplianceCount]) byCompliance!: ComplianceCount[];
  @Field(() => [GapKindCount]) gapsByKind!: GapKindCount[];
  @Field(() => [CategoryCount]) byCategory!: CategoryCount[];
  @Field(() => Int, { description: 'Action items not done whose due date has passed' }) overdueActions!: number;
}

@ObjectType({ description: 'Outlets in one rollout wave (wave null: not yet placed in a wave by an approved tier-two scheme)' })
export class WaveCountView {
  @Field(() => Int, { nullable: true }) wave!: number | null;
  @Field(() => Int) outlets!: number;
  @Field(() => Int, { description: 'Of them, outlets that meet the standard' }) compliant!: number;
  @Field(() => Int, { description: 'Of them, outlets whose wave has ended and that do not yet meet the standard' }) late!: number;
}

@ObjectType({ description: 'Outlets whose branch is in one rollout phase today' })
export class PhaseCountView {
  @Field(() => String, { description: 'A RolloutPhase, or NOT_STARTED before the first phase begins' }) phase!: string;
  @Field(() => Int, { description: 'Outlets whose branch is in this phase today (the last phase that has started)' }) outlets!: number;
  @Field(() => Int, { description: 'Outlets not yet compliant at branches where this phase has already ended' }) late!: number;
}

@ObjectType({ description: 'Rollout progress of one direct child unit, for the drill-down' })
export class ChildProgressView {
  @Field(() => String) unitId!: string;
  @Field(() => [WaveCountView]) byWave!: WaveCountView[];
  @Field(() => [PhaseCountView]) byPhase!: PhaseCountView[];
}

@ObjectType({ description: 'A subtree’s outlets by rollout phase and wave, for one rollout' })
export class RolloutProgressView {
  @Field(() => String) rolloutCode!: string;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => [WaveCountView]) byWave!: WaveCountView[];
  @Field(() => [PhaseCountView]) byPhase!: PhaseCountView[];
  @Field(() => [ChildProgressView]) children!: ChildProgressView[];
}
