/**
 * Shapes of the head-office standard as seed data (data only, no behaviour).
 * `bank-standard.ts` fills them in; the API's seeder turns them into rows.
 *
 * Every human-readable string is a `Text`: Chinese first, English second.
 */

/**
 * How a lower level (tier-one branch, tier-two branch, outlet) may change a
 * value head office set.
 * - LOCKED: must be kept exactly as given.
 * - RAISE_ONLY: may be raised, never lowered. On a `Range` the minimum may go
 *   up (and the maximum with it); the minimum is the binding figure.
 * - LOWER_ONLY: may be lowered, never raised (deadlines: a shorter reply time
 *   is allowed, a longer one is not).
 * - EXTEND_ONLY: a list to which items may be added but from which none may be
 *   removed (duties, equipment, emergency plans, forbidden phrases).
 * - FREE: may be set as the lower level sees fit.
 */
export type Policy = 'LOCKED' | 'RAISE_ONLY' | 'LOWER_ONLY' | 'EXTEND_ONLY' | 'FREE';

/** Bilingual text: `zh` is the authoritative wording, `en` its counterpart. */
export interface Text {
  zh: string;
  en: string;
}

export interface Money {
  amount: number;
  currency: 'CNY';
}

/** Inclusive range; `max: null` means "no upper limit". */
export interface Range {
  min: number;
  max: number | null;
}

/**
 * A value a lower level may change, with the policy for changing it: every
 * such value in the standard has this one shape.
 */
export interface Policed<T> {
  value: T;
  policy: Policy;
}

export interface SeedPosition {
  code: string;
  name: Text;
  /** A position code, or 'UPPER_BRANCH' for the outlet head. */
  reportsTo: string | null;
  summary: Text;
  duties: Policed<Text[]>;
  capabilities: Text[];
}

/**
 * One item of a zone's physical configuration. Codes are unique within a zone;
 * the same code in two zones means the same kind of item and carries the same name.
 * Where an item is also a device type (ATM, cash recycler...), the codes match.
 */
export interface SeedEquipment {
  code: string;
  name: Text;
}

export interface SeedZone {
  code: string;
  name: Text;
  purpose: Text;
  principles: Text[];
  /** Position codes, plus the support-role codes listed in `SeedStandard.supportRoles`. */
  positions: string[];
  equipment: Policed<SeedEquipment[]>;
}

export interface SeedDeviceType {
  code: string;
  name: Text;
  kind: 'SELF_SERVICE' | 'SMART';
}

export interface SeedStaffing extends Policed<Range> {
  position: string;
  note?: Text;
}

/** The value is the minimum number of devices. */
export interface SeedDeviceRequirement extends Policed<number> {
  deviceType: string;
}

export interface SeedZoneRequirement extends Policed<'REQUIRED' | 'OPTIONAL'> {
  zone: string;
  note?: Text;
}

export type CategoryCode = 'LARGE_FULL_FUNCTION' | 'MEDIUM_FULL_FUNCTION' | 'GENERAL';

export interface SeedCategory {
  code: CategoryCode;
  name: Text;
  description: Text;
  /** Marketing and service staff in all, head and deputies included. */
  marketingStaffMin: Policed<number>;
  /** Front-line sales/service staff besides head and deputies; null where the source gives no figure. */
  salesServiceStaffMin: Policed<number> | null;
  /** Lobby managers and lobby guides together. */
  lobbyStaffTotal: Policed<Range>;
  /** OUTLET_HEAD, DEPUTY_HEAD, LOBBY_MANAGER, LOBBY_GUIDE with their ranges. */
  staffing: SeedStaffing[];
  /** Self-service device minimums ("1+2+2"); empty where the source sets none. */
  devices: SeedDeviceRequirement[];
  /** Smart device type codes. */
  smartDevices: Policed<string[]> | null;
  /** Which of the eight zones the category must or may have. */
  zones: SeedZoneRequirement[];
  outboundMarketing: Policed<Text>;
  /** Remarks to show with the category, e.g. discrepancies in the source. */
  notes: Text[];
}

export interface SeedCustomerTier {
  code: string;
  segment: 'INDIVIDUAL' | 'CORPORATE';
  name: Text;
  rule: Text;
  /** Financial assets held with the bank: from (inclusive) ... below (exclusive). */
  assetsFrom: Policed<Money> | null;
  assetsBelow: Policed<Money> | null;
  /** Alternative entry criterion: personal loans of at least this amount. */
  personalLoansFrom: Policed<Money> | null;
  /** Why the thresholds' policies are what they are. */
  thresholdPolicyReason?: Text;
  principle: Text;
  positions: string[];
  zones: string[];
}

export type ParameterValue =
  /** unit codes: WORKING_DAYS, PEOPLE, CLIENTS_PER_DAY, VISITS_PER_DAY, SUB_BRANCHES, TIMES_PER_DAY, TIMES_PER_WEEK, TIMES_PER_MONTH */
  | { type: 'INTEGER'; value: number; unit: string }
  | { type: 'RANGE'; value: Range; unit: string }
  | { type: 'MONEY'; value: Money }
  /** A list of codes with a label for each (emergency plans, forbidden phrases...). */
  | { type: 'CODE_LIST'; value: string[]; labels: Record<string, Text> }
  | { type: 'TEXT_LIST'; value: Text[] };

export interface SeedParameter {
  /** Unique across the whole standard. */
  code: string;
  name: Text;
  policy: Policy;
  value: ParameterValue;
}

export type RuleCategory =
  | 'ETIQUETTE'
  | 'COMPLAINTS'
  | 'EMERGENCY'
  | 'SALES_BEHAVIOUR'
  | 'SALES_TOOLS'
  | 'MEETINGS'
  | 'PROMOTION_COMPLIANCE'
  | 'OPENING'
  | 'MEDIA'
  | 'ROLLOUT'
  | 'SERVICE';

export interface SeedServiceRule {
  code: string;
  category: RuleCategory;
  title: Text;
  text: Text;
  /** Core content: every local version and every outlet plan must keep it. */
  core: boolean;
  parameters: SeedParameter[];
}

export interface SeedStandard {
  edition: { code: string; title: Text; summary: Text };
  /** Roles that work in zones without being outlet positions: GUARD_OR_THIRD_PARTY, ALL_STAFF. */
  supportRoles: { code: string; name: Text }[];
  positions: SeedPosition[];
  zones: SeedZone[];
  deviceTypes: SeedDeviceType[];
  categories: SeedCategory[];
  customerTiers: SeedCustomerTier[];
  corporateKinds: { code: string; name: Text }[];
  corporateSizes: { code: string; name: Text }[];
  serviceRules: SeedServiceRule[];
}
