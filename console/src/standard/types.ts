/** Types of the head-office standard as the API returns them (schema/schema.graphql). */
import type { LocalizedText } from '../types';
import type { ItemLabel } from './kinds';

export type { LocalizedText };

export const POLICIES = ['LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE'] as const;
export type Policy = (typeof POLICIES)[number];

export const EDITION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export { OUTLET_CATEGORY_CODES, type OutletCategoryCode } from '../types';
import type { OutletCategoryCode } from '../types';

export const POSITION_KINDS = ['POSITION', 'SUPPORT_ROLE'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const DEVICE_KINDS = ['SELF_SERVICE', 'SMART'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const CUSTOMER_SEGMENTS = ['INDIVIDUAL', 'CORPORATE'] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

export const CLASSIFIER_KINDS = ['CORPORATE_KIND', 'CORPORATE_SIZE'] as const;
export type ClassifierKind = (typeof CLASSIFIER_KINDS)[number];

export const ZONE_REQUIREMENT_LEVELS = ['REQUIRED', 'OPTIONAL'] as const;
export type ZoneRequirementLevel = (typeof ZONE_REQUIREMENT_LEVELS)[number];

export const PARAMETER_TYPES = ['INTEGER', 'RANGE', 'MONEY', 'CODE_LIST', 'TEXT_LIST'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export const RULE_CATEGORIES = [
  'SERVICE',
  'COMPLAINTS',
  'ETIQUETTE',
  'OPENING',
  'EMERGENCY',
  'MEDIA',
  'PROMOTION_COMPLIANCE',
  'SALES_BEHAVIOUR',
  'SALES_TOOLS',
  'MEETINGS',
  'ROLLOUT',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** Units of INTEGER and RANGE parameters the seeded standard uses (others are shown as given). */
export const PARAMETER_UNITS = [
  'WORKING_DAYS',
  'PEOPLE',
  'CLIENTS_PER_DAY',
  'VISITS_PER_DAY',
  'TIMES_PER_DAY',
  'TIMES_PER_WEEK',
  'TIMES_PER_MONTH',
  'SUB_BRANCHES',
] as const;

export type { StandardItemKind } from './kinds';
import type { StandardItemKind } from './kinds';

export const CHANGE_TYPES = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export interface IntRange {
  min: number;
  max: number | null;
}
export interface Money {
  amount: number;
  currency: string;
}
export interface PolicyInt {
  policy: Policy;
  value: number;
}
export interface PolicyRange {
  policy: Policy;
  range: IntRange;
}
export interface PolicyText {
  policy: Policy;
  text: LocalizedText;
}

export interface StaffingRequirement {
  position: string;
  range: IntRange;
  policy: Policy;
  note: LocalizedText | null;
}
export interface DeviceRequirement {
  deviceType: string;
  min: number;
  policy: Policy;
}
export interface SmartDeviceRequirement {
  deviceTypes: string[];
  policy: Policy;
}
export interface ZoneRequirement {
  zone: string;
  requirement: ZoneRequirementLevel;
  policy: Policy;
  note: LocalizedText | null;
}

export interface OutletCategory {
  code: string;
  categoryCode: OutletCategoryCode;
  name: LocalizedText;
  description: LocalizedText;
  marketingStaffMin: PolicyInt;
  salesServiceStaffMin: PolicyInt | null;
  lobbyStaffTotal: PolicyRange;
  staffing: StaffingRequirement[];
  devices: DeviceRequirement[];
  smartDevices: SmartDeviceRequirement | null;
  zones: ZoneRequirement[];
  outboundMarketing: PolicyText;
  notes: LocalizedText[];
}

export interface Position {
  code: string;
  kind: PositionKind;
  name: LocalizedText;
  reportsTo: string | null;
  summary: LocalizedText | null;
  duties: LocalizedText[];
  dutiesPolicy: Policy;
  capabilities: LocalizedText[];
}

export interface Equipment {
  code: string;
  name: LocalizedText;
}

export interface Zone {
  code: string;
  name: LocalizedText;
  purpose: LocalizedText;
  principles: LocalizedText[];
  positions: string[];
  equipment: Equipment[];
  equipmentPolicy: Policy;
}

export interface DeviceType {
  code: string;
  kind: DeviceKind;
  name: LocalizedText;
}

export interface CustomerTier {
  code: string;
  segment: CustomerSegment;
  name: LocalizedText;
  rule: LocalizedText;
  principle: LocalizedText;
  assetsFrom: Money | null;
  assetsBelow: Money | null;
  personalLoansFrom: Money | null;
  thresholdPolicy: Policy;
  thresholdPolicyReason: LocalizedText | null;
  positions: string[];
  zones: string[];
}

export interface Classifier {
  code: string;
  kind: ClassifierKind;
  name: LocalizedText;
}

export interface CodeLabel {
  code: string;
  label: LocalizedText;
}

export interface RuleParameter {
  code: string;
  type: ParameterType;
  name: LocalizedText;
  policy: Policy;
  unit: string | null;
  intValue: number | null;
  range: IntRange | null;
  money: Money | null;
  codes: CodeLabel[] | null;
  texts: LocalizedText[] | null;
}

export interface ServiceRule {
  code: string;
  category: RuleCategory;
  core: boolean;
  title: LocalizedText;
  text: LocalizedText;
  parameters: RuleParameter[];
}

export interface ValidationProblem {
  path: string;
  rule: string;
  message: string;
}

export interface ValidationReport {
  ok: boolean;
  problems: ValidationProblem[];
}

/** An edition's own facts, without its content. */
export interface EditionSummary {
  code: string;
  title: LocalizedText;
  summary: LocalizedText;
  status: EditionStatus;
  isCurrent: boolean;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  basedOn: { code: string; title: LocalizedText } | null;
}

/** Everything an edition holds. */
export interface EditionContent {
  outletCategories: OutletCategory[];
  positions: Position[];
  zones: Zone[];
  deviceTypes: DeviceType[];
  customerTiers: CustomerTier[];
  serviceRules: ServiceRule[];
  classifiers: Classifier[];
}

export interface EditionNode extends EditionSummary, EditionContent {
  validation: ValidationReport;
}

/** An edition as react-admin sees it: `id` is the edition code. */
export interface EditionRecord extends EditionNode {
  id: string;
  basedOnCode: string | null;
}

/** Whether a record is the whole edition (react-admin may hand a page the list's row first). */
export const isWholeEdition = (record: EditionSummary): record is EditionRecord => Array.isArray((record as Partial<EditionRecord>).validation?.problems);

export interface EditionListRecord extends EditionSummary {
  id: string;
  basedOnCode: string | null;
}

export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemDiff {
  kind: StandardItemKind;
  code: string;
  change: ChangeType;
  fields: FieldDiff[];
}

export interface EditionDiff {
  from: EditionSummary & EditionLabels;
  to: EditionSummary & EditionLabels;
  changes: ItemDiff[];
}

/** The names of an edition's items, for labels (diff view): each kind's list with keys and a name or title. */
export type EditionLabels = { [K in keyof EditionContent]: ItemLabel[] };

export interface EffectiveStandard {
  orgUnit: { code: string; name: LocalizedText; level: string; category: OutletCategoryCode | null };
  setBy: { code: string; name: LocalizedText; level: string };
  edition: EditionSummary & Pick<EditionContent, 'positions' | 'zones' | 'deviceTypes'>;
  outletCategory: OutletCategory | null;
}
