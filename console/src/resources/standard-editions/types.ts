/**
 * The head-office standard's types, as GraphQL Code Generator derives them
 * from schema/schema.graphql and the console's documents (src/gql/): each
 * kind's item is what its fragment reads (kinds.ts), so nothing the
 * API answers is typed by hand here.
 */
import type {
  ChangeType,
  ClassifierKind,
  CustomerSegment,
  DeviceKind,
  EditionStatus,
  ParameterType,
  Policy,
  PositionKind,
  RuleCategory,
  StdClassifierFieldsFragment,
  StdCustomerTierFieldsFragment,
  StdDiffChangesFragment,
  StdDiffQuery,
  StdDeviceTypeFieldsFragment,
  StdEditionContentFragment,
  StdEditionLabelsFragment,
  StdEditionQuery,
  StdEditionResultFragment,
  StdEditionSummaryFragment,
  StdOutletCategoryFieldsFragment,
  StdPositionFieldsFragment,
  StdServiceRuleFieldsFragment,
  StdZoneFieldsFragment,
  ZoneRequirementLevel,
} from '../../gql/graphql';
import { allValuesOf, type LocalizedText, type OutletCategoryCode } from '../../types';

export type { ChangeType, ClassifierKind, CustomerSegment, DeviceKind, EditionStatus, LocalizedText, ParameterType, Policy, PositionKind, RuleCategory, ZoneRequirementLevel };
export { OUTLET_CATEGORY_CODES, categoryOrder, type OutletCategoryCode } from '../../types';
export type { StandardItemKind } from './kinds';

// Every value of the schema's enums, for choices (the compiler holds each list to its enum).
export const POLICIES = allValuesOf<Policy>()(['LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE']);
export const EDITION_STATUSES = allValuesOf<EditionStatus>()(['DRAFT', 'PUBLISHED']);
export const POSITION_KINDS = allValuesOf<PositionKind>()(['POSITION', 'SUPPORT_ROLE']);
export const DEVICE_KINDS = allValuesOf<DeviceKind>()(['SELF_SERVICE', 'SMART']);
export const CUSTOMER_SEGMENTS = allValuesOf<CustomerSegment>()(['INDIVIDUAL', 'CORPORATE']);
export const CLASSIFIER_KINDS = allValuesOf<ClassifierKind>()(['CORPORATE_KIND', 'CORPORATE_SIZE']);
export const ZONE_REQUIREMENT_LEVELS = allValuesOf<ZoneRequirementLevel>()(['REQUIRED', 'OPTIONAL']);
export const PARAMETER_TYPES = allValuesOf<ParameterType>()(['INTEGER', 'RANGE', 'MONEY', 'CODE_LIST', 'TEXT_LIST']);
export const RULE_CATEGORIES = allValuesOf<RuleCategory>()([
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
]);
export const CHANGE_TYPES = allValuesOf<ChangeType>()(['ADDED', 'REMOVED', 'CHANGED']);

/** Units of INTEGER and RANGE parameters the seeded standard uses (a free string in the schema; others are shown as given). */
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

// Each kind's item, and the parts the views and forms name.
export type OutletCategory = StdOutletCategoryFieldsFragment;
export type Position = StdPositionFieldsFragment;
export type Zone = StdZoneFieldsFragment;
export type DeviceType = StdDeviceTypeFieldsFragment;
export type CustomerTier = StdCustomerTierFieldsFragment;
export type ServiceRule = StdServiceRuleFieldsFragment;
export type Classifier = StdClassifierFieldsFragment;
export type RuleParameter = ServiceRule['parameters'][number];
export type IntRange = OutletCategory['lobbyStaffTotal']['value'];
export type Money = NonNullable<CustomerTier['assetsFrom']>['value'];

/** An edition's own facts, without its content. */
export type EditionSummary = StdEditionSummaryFragment;
/** What the standard's mutations answer: the edition's facts and its validation report. */
export type EditionResult = StdEditionResultFragment;
export type ValidationReport = EditionResult['validation'];
export type ValidationProblem = ValidationReport['problems'][number];

/** Everything an edition holds, each list as its kind's fragment reads it (StdEditionContent). */
export type EditionContent = StdEditionContentFragment;

/** The whole edition as the edition page reads it. */
export type EditionNode = NonNullable<StdEditionQuery['standardEdition']>;

/** An edition as react-admin sees it: `id` is the edition code. */
export type EditionRecord = EditionNode & {
  id: string;
  basedOnCode: string | null;
};

/** Whether a record is the whole edition (react-admin may hand a page the list's row first). */
export const isWholeEdition = (record: EditionSummary): record is EditionRecord => Array.isArray((record as Partial<EditionRecord>).validation?.problems);

export type EditionListRecord = EditionSummary & {
  id: string;
  basedOnCode: string | null;
};

export type ItemDiff = StdDiffChangesFragment['changes'][number];
export type FieldDiff = ItemDiff['fields'][number];

export type EditionDiff = StdDiffQuery['standardEditionDiff'];

/** The names of an edition's items, for labels (diff view): each kind's list with keys and a name or title (StdEditionLabels). */
export type EditionLabels = StdEditionLabelsFragment;
/** One item's key fields and name, whatever its kind. */
export type ItemLabel = EditionLabels[keyof EditionLabels][number];

