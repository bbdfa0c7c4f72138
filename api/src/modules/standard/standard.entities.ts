import { Check, Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Reviewed } from '../approval/reviewed.js';
import { ApprovalState } from '../approval/workflow.js';
import { LocalizedText } from '../../shared/localized-text.js';
import {
  ClassifierKind,
  CustomerSegment,
  DeviceKind,
  DeviceRequirement,
  EditionStatus,
  Policy,
  PolicedCodeList,
  PolicedEquipmentList,
  PolicedInt,
  PolicedMoney,
  PolicedRange,
  PolicedText,
  PolicedTextList,
  PositionKind,
  RuleCategory,
  RuleParameter,
  type TypedRuleParameter,
  StaffingRequirement,
  ZoneRequirement,
} from './standard.types.js';

/**
 * An edition of the head-office standard. Authors work on a DRAFT, submit it,
 * and an approver at head office who did not submit it approves it (the
 * approval workflow, approval/workflow.ts; `approvalState`); only an approved
 * draft is published. Publishing freezes it for good (the services refuse changes, and a trigger in the
 * database refuses them too). The next draft starts as a copy of a published
 * edition. Exactly one published edition is current.
 *
 * Content lives in one typed table per kind, each row belonging to an edition,
 * so editions share nothing and a diff is a row-by-row comparison. Local
 * versions (branch localizations) will reference an edition the same way.
 */
@Entity({ tableName: 'standard_edition' })
@Index({
  name: 'standard_edition_single_current',
  expression: 'create unique index "standard_edition_single_current" on "standard_edition" ((true)) where "is_current"',
})
// Nothing reaches publication unapproved, whatever writes the row.
@Check({ name: 'standard_edition_published_approved', expression: `"status" <> 'PUBLISHED' or "approval_state" = 'APPROVED'` })
@ObjectType({ description: 'An edition of the head-office standard (总行标准版本)' })
// Its version (Bookkept, under Reviewed) is bumped by every change to the edition or its content: one lock for the whole draft.
export class StandardEdition extends Reviewed {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @Property({ type: 'string', length: 40, unique: true })
  @Field(() => String, { description: 'e.g. HO-2026-01' })
  code!: string;

  @Embedded(() => LocalizedText, { prefix: 'title_' })
  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Enum({ items: () => EditionStatus, type: 'string' })
  @Field(() => EditionStatus)
  status: EditionStatus = EditionStatus.DRAFT;

  @ManyToOne(() => StandardEdition, { ref: true, nullable: true })
  basedOn?: Ref<StandardEdition> | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'The edition in force; exactly one published edition is current' })
  isCurrent: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  publishedBy?: string | null;

  /**
   * Where the draft stands in the approval workflow. Beside `status` rather
   * than instead of it: publication is a separate step the author takes once
   * the draft is approved, and published editions keep APPROVED.
   */
  @Enum({ items: () => ApprovalState, type: 'string' })
  @Field(() => ApprovalState, { description: 'Where the draft stands in the approval workflow; only an APPROVED draft is published' })
  approvalState: ApprovalState = ApprovalState.DRAFT;

  /** The revision the approver reviewed: the edition's version when it was approved. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The revision (version) the approval reviewed' })
  approvedRevision?: number | null;
}

/** Shared columns of every content row: its edition and its code within the edition. */
// Subclasses inherit the GraphQL fields of a registered object type only.
@Entity({ abstract: true })
@ObjectType({ description: 'Any content item of an edition' })
export abstract class EditionItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => StandardEdition, { ref: true, deleteRule: 'cascade' })
  edition!: Ref<StandardEdition>;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  code!: string;
}

@Entity({ tableName: 'std_position' })
@Unique({ name: 'std_position_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: '岗位: a position and what it does' })
export class Position extends EditionItem {
  @Enum({ items: () => PositionKind, type: 'string' })
  @Field(() => PositionKind)
  kind: PositionKind = PositionKind.POSITION;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Position code it reports to, or UPPER_BRANCH (汇报关系)' })
  reportsTo?: string | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => LocalizedText, { nullable: true, description: '岗位定位' })
  summary?: LocalizedText | null;

  @Property({ type: 'json' })
  @Field(() => PolicedTextList, { description: '服务销售职责, and how lower levels may change them' })
  duties: PolicedTextList = { value: [], policy: Policy.EXTEND_ONLY };

  @Property({ type: 'json' })
  @Field(() => [LocalizedText], { description: '能力要求' })
  capabilities: LocalizedText[] = [];
}

@Entity({ tableName: 'std_zone' })
@Unique({ name: 'std_zone_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: '功能分区: a functional zone of the outlet floor' })
export class Zone extends EditionItem {
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  purpose!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => [LocalizedText], { description: '规划原则' })
  principles: LocalizedText[] = [];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: '涉及岗位: position codes' })
  positions: string[] = [];

  @Property({ type: 'json' })
  @Field(() => PolicedEquipmentList, { description: '物理配置, and how lower levels may change it' })
  equipment: PolicedEquipmentList = { value: [], policy: Policy.EXTEND_ONLY };
}

@Entity({ tableName: 'std_device_type' })
@Unique({ name: 'std_device_type_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: 'A kind of self-service or smart device' })
export class DeviceType extends EditionItem {
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Enum({ items: () => DeviceKind, type: 'string' })
  @Field(() => DeviceKind)
  kind!: DeviceKind;
}

@Entity({ tableName: 'std_outlet_category' })
@Unique({ name: 'std_outlet_category_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: '网点分类: what an outlet category must have' })
export class OutletCategory extends EditionItem {
  @Field(() => String, { description: 'The same as code: what outlets name as their category' })
  get categoryCode(): string {
    return this.code;
  }

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => PolicedInt, { description: 'Marketing and service staff in all, head and deputies included' })
  marketingStaffMin!: PolicedInt;

  @Property({ type: 'json', nullable: true })
  @Field(() => PolicedInt, { nullable: true, description: 'Front-line sales/service staff besides head and deputies' })
  salesServiceStaffMin?: PolicedInt | null;

  @Property({ type: 'json' })
  @Field(() => PolicedRange, { description: 'Lobby managers and guides together' })
  lobbyStaffTotal!: PolicedRange;

  @Property({ type: 'json' })
  @Field(() => [StaffingRequirement])
  staffing: StaffingRequirement[] = [];

  @Property({ type: 'json' })
  @Field(() => [DeviceRequirement], { description: 'Self-service device minimums' })
  devices: DeviceRequirement[] = [];

  @Property({ type: 'json', nullable: true })
  @Field(() => PolicedCodeList, { nullable: true, description: 'Smart device type codes an outlet of the category should deploy' })
  smartDevices?: PolicedCodeList | null;

  @Property({ type: 'json' })
  @Field(() => [ZoneRequirement])
  zones: ZoneRequirement[] = [];

  @Property({ type: 'json' })
  @Field(() => PolicedText, { description: '走出去: outbound marketing expectation' })
  outboundMarketing!: PolicedText;

  @Property({ type: 'json' })
  @Field(() => [LocalizedText], { description: 'Remarks shown with the category' })
  notes: LocalizedText[] = [];
}

@Entity({ tableName: 'std_customer_tier' })
@Unique({ name: 'std_customer_tier_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: '客户分层: a customer tier, its thresholds and who serves it where' })
export class CustomerTier extends EditionItem {
  @Enum({ items: () => CustomerSegment, type: 'string' })
  @Field(() => CustomerSegment)
  segment!: CustomerSegment;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  rule!: LocalizedText;

  @Property({ type: 'json', nullable: true })
  @Field(() => PolicedMoney, { nullable: true, description: 'Financial assets held with the bank, from (inclusive)' })
  assetsFrom?: PolicedMoney | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => PolicedMoney, { nullable: true, description: '… below (exclusive)' })
  assetsBelow?: PolicedMoney | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => PolicedMoney, { nullable: true, description: 'Alternative entry: personal loans of at least this amount' })
  personalLoansFrom?: PolicedMoney | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => LocalizedText, { nullable: true, description: 'Why the thresholds carry the policies they do' })
  thresholdPolicyReason?: LocalizedText | null;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  principle!: LocalizedText;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Serving position codes' })
  positions: string[] = [];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Zone codes where the tier is served' })
  zones: string[] = [];
}

@Entity({ tableName: 'std_classifier' })
@Unique({ name: 'std_classifier_edition_kind_code_unique', properties: ['edition', 'kind', 'code'] })
@ObjectType({ description: 'An entry of a code list the standard defines' })
export class Classifier extends EditionItem {
  @Enum({ items: () => ClassifierKind, type: 'string' })
  @Field(() => ClassifierKind)
  kind!: ClassifierKind;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  @Field(() => LocalizedText)
  name!: LocalizedText;
}

@Entity({ tableName: 'std_service_rule' })
@Unique({ name: 'std_service_rule_edition_code_unique', properties: ['edition', 'code'] })
@ObjectType({ description: '服务规则: a service or sales rule with typed parameters' })
export class ServiceRule extends EditionItem {
  @Enum({ items: () => RuleCategory, type: 'string' })
  @Field(() => RuleCategory)
  category!: RuleCategory;

  @Embedded(() => LocalizedText, { prefix: 'title_' })
  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Property({ type: 'json' })
  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '核心内容: every local version and outlet plan must keep it' })
  core!: boolean;

  @Property({ type: 'json' })
  @Field(() => [RuleParameter])
  parameters: TypedRuleParameter[] = [];
}

/** The content kinds, in the order the diff and validation report them. */
export const CONTENT_KINDS = {
  position: Position,
  zone: Zone,
  deviceType: DeviceType,
  outletCategory: OutletCategory,
  customerTier: CustomerTier,
  classifier: Classifier,
  serviceRule: ServiceRule,
} as const;
export type ContentKind = keyof typeof CONTENT_KINDS;
