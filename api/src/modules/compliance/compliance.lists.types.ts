import { Field, Int, ObjectType } from 'type-graphql';
import { GapKind } from './gaps.js';

@ObjectType({ description: 'An outlet under a unit with its plan status and compliance, for the dashboard’s lists' })
export class ComplianceOutletView {
  @Field(() => String) code!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { description: 'NONE, DRAFT, SUBMITTED, RETURNED or APPROVED' }) planStatus!: string;
  @Field(() => String, { description: 'COMPLIANT, WITH_GAPS or NOT_ASSESSED (of the approved plan)' }) compliance!: string;
  @Field(() => Int, { description: 'Gaps of the approved plan' }) gapCount!: number;
  @Field(() => [GapKind]) gapKinds!: GapKind[];
  @Field(() => Int) overdueActions!: number;
}

@ObjectType({ description: 'A page of outlets with the count of all that match' })
export class ComplianceOutletPage {
  @Field(() => Int) total!: number;
  @Field(() => [ComplianceOutletView]) items!: ComplianceOutletView[];
}

@ObjectType({ description: 'An action item not done whose due date has passed' })
export class OverdueActionView {
  @Field(() => String) outletCode!: string;
  @Field(() => String) outletNameZh!: string;
  @Field(() => String, { nullable: true }) outletNameEn?: string | null;
  @Field(() => String) actionId!: string;
  @Field(() => String, { description: 'Who is responsible' }) who!: string;
  @Field(() => String) what!: string;
  @Field(() => String, { description: 'ISO date' }) dueDate!: string;
  @Field(() => String, { description: 'The requirement the action closes' }) path!: string;
}

@ObjectType({ description: 'A page of overdue actions with the count of all of them' })
export class OverdueActionPage {
  @Field(() => Int) total!: number;
  @Field(() => [OverdueActionView]) items!: OverdueActionView[];
}
