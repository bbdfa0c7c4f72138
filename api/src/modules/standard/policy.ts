import { Policy, ZoneRequirementLevel } from './standard.types.js';

/**
 * The policy module: one place that decides whether a lower level's value may
 * stand in for the value it inherited, and if not, says why.
 *
 * Head office sets a value and a policy; a tier-one branch, a tier-two branch
 * and finally an outlet may each change the value within that policy. The
 * local-version and outlet-plan services (to come) call `checkOverride` when a
 * change is drafted and again when it is approved, `checkRemoval` when an
 * inherited item is marked not applicable, `checkPolicyChange` when a level
 * passes a value on with its own policy, and edition validation calls
 * `policyFits` to refuse a policy that cannot mean anything for its value.
 *
 * Pure: no database, no GraphQL, no clock. Everything here is a function of its
 * arguments, which is what lets the tests state the rules as properties.
 *
 * ─── Value kinds ────────────────────────────────────────────────────────────
 *
 *   INTEGER      a whole number >= 0: a staffing minimum, a device minimum, a
 *                deadline in working days, a number of people or meetings
 *   RANGE        { min, max } of whole numbers >= 0, max >= min; max null means
 *                "no upper limit": staffing ranges, 10-15 invitations a day
 *   MONEY        { amount >= 0, currency: ISO 4217 code }: tier thresholds
 *   CODE_LIST    items identified by code: plain codes (smart devices) or
 *                objects with a `code` (equipment with its name, parameter codes
 *                with their label); codes are unique within the list
 *   TEXT_LIST    bilingual texts without codes (duties, checklists, agendas);
 *                an item is identified by its whole text, zh and en
 *   TEXT         one bilingual text { zh, en } (outbound-marketing expectation)
 *   REQUIREMENT  OPTIONAL < REQUIRED: whether a category must have a zone
 *
 * ─── What each policy allows (p = proposed, i = inherited) ──────────────────
 *
 *   kind         LOCKED   RAISE_ONLY             LOWER_ONLY             EXTEND_ONLY                FREE
 *   INTEGER      p = i    p >= i                 p <= i                 -                          any
 *   RANGE        p = i    p.min >= i.min and     p.min <= i.min and     -                          any
 *                         p.max >= i.max         p.max <= i.max
 *   MONEY        p = i    p >= i                 p <= i                 -                          any amount
 *                (every policy: same currency as i, else `currency-mismatch`)
 *   CODE_LIST    p = i    -                      -                      every code of i is in p,   any
 *                                                                       with its item unchanged
 *   TEXT_LIST    p = i    -                      -                      every text of i is in p    any
 *   TEXT         p = i    -                      -                      -                          any
 *   REQUIREMENT  p = i    OPTIONAL -> REQUIRED   -                      -                          any
 *
 *   "-" marks a policy that does not fit the kind (`policyFits` is false).
 *   "=" is deep equality by value; for lists it includes order and every field
 *   of every item, because a locked list such as the rollout phases is a
 *   sequence, and a locked label is part of what was locked.
 *
 * Why these choices:
 * - Policies name a direction, not "stricter": RAISE_ONLY suits a minimum,
 *   LOWER_ONLY a deadline; the author picks the direction that is stricter for
 *   the value at hand. The module cannot know what a number means, so it
 *   enforces the direction. REQUIREMENT is the exception: its order is part of
 *   the value (REQUIRED is stricter), so LOWER_ONLY there could only ever mean
 *   "may drop the requirement" and is refused as a misfit; an author who wants
 *   that latitude says FREE, which says it honestly.
 * - RANGE under RAISE_ONLY: a range is [required minimum, allowed maximum]. For
 *   staffing the minimum is the binding figure, and raising it is the stricter
 *   direction. The maximum may rise with it (a branch that requires 4 lobby
 *   staff must be able to allow 7) but may not fall: a lower cap forbids
 *   staffing the level above allows, which is a move downward. So both bounds
 *   move up or stay, and a null maximum (no limit) must stay null. LOWER_ONLY is
 *   the mirror image. Both are componentwise orders, so they are reflexive and
 *   transitive like the integer ones (see below). EXTEND_ONLY on a range (widen
 *   it) would only ever loosen a figure in both directions at once; no value in
 *   the standard wants that, so it is a misfit.
 * - MONEY compares amounts only in one currency. There is no exchange rate in
 *   the standard and a tier threshold in another currency would break the
 *   bands that must meet end to end; so a different currency is refused under
 *   every policy, FREE included, with its own rule.
 * - EXTEND_ONLY on CODE_LIST matches items by code and keeps them whole: a
 *   branch may add "FLOOD" to the emergency plans, but may not drop "ROBBERY"
 *   nor relabel it as something else. Order is free. Text lists have no codes,
 *   so an item is its text: rewording an inherited duty counts as dropping it.
 * - FREE accepts any valid value of the kind. It is still checked for shape,
 *   currency and core.
 * - Keeping the inherited value is always allowed, under every policy and for
 *   every kind, even when the policy does not fit the kind (the seeded standard
 *   has such values; a lower level copying them must not be blamed).
 * - A policy that does not fit its kind allows nothing but keeping the value:
 *   it behaves as LOCKED and reports `policy-misfit`, so the author's mistake is
 *   visible instead of silently reinterpreted.
 *
 * ─── Transitivity: why one check against the nearest layer is enough ────────
 *
 * For every policy and kind, "b allowed over a" and "c allowed over b" imply
 * "c allowed over a" (the tests prove it as a property). So when an outlet's
 * value is checked against its tier-two branch's, and that one was checked
 * against the tier-one branch's, and so on up to head office, the outlet's
 * value is also within what head office allowed. Policies may only get stricter
 * on the way down (`checkPolicyChange`), which keeps that chain intact.
 *
 * ─── Core ───────────────────────────────────────────────────────────────────
 *
 * Core content (核心内容) must be kept by every local version and outlet plan.
 * - A core item can never be marked not applicable (`checkRemoval`:
 *   `core-removed`).
 * - A core value follows its policy like any other: the policy already names
 *   the only direction in which the author lets it move.
 * - A core value under FREE may change but not be weakened away, where the
 *   module can tell weakening from change: a core list may not be emptied, and a
 *   core REQUIRED may not become OPTIONAL (`core-weakened`). A free number
 *   cannot be judged (is 0 days stricter or looser than 3?), so it stays free.
 *   Example: complaint handling is core, yet who owns it is FREE: an outlet may
 *   name someone other than the lobby manager, but not nobody.
 *
 * ─── Value paths ────────────────────────────────────────────────────────────
 *
 * Every value a lower level could change has one stable path: segments joined
 * by "/", each either a field name (camelCase, starting with a lowercase letter:
 * `outletCategories`, `marketingStaffMin`) or an item's code (capitals, digits,
 * "_" and "-": `LARGE_FULL_FUNCTION`, `COMPLAINT_REPLY_WORKING_DAYS`). The two
 * never look alike, so a path reads unambiguously:
 *
 *   path    = segment *( "/" segment )
 *   segment = field / code
 *   field   = %x61-7A *( ALPHA / DIGIT )              ; a-z then letters/digits
 *   code    = 1*( %x41-5A / DIGIT / "_" / "-" )       ; A-Z, 0-9, "_", "-"
 *
 * The first segment is the edition's list (the names effectiveStandard uses),
 * the second the item's code, then the field, then the code of a keyed entry:
 *
 *   path                                                   kind         row key
 *   positions/<POSITION>/duties                            TEXT_LIST
 *   zones/<ZONE>/equipment                                 CODE_LIST
 *   outletCategories/<CATEGORY>/marketingStaffMin          INTEGER
 *   outletCategories/<CATEGORY>/salesServiceStaffMin       INTEGER
 *   outletCategories/<CATEGORY>/lobbyStaffTotal            RANGE
 *   outletCategories/<CATEGORY>/staffing/<POSITION>        RANGE        position
 *   outletCategories/<CATEGORY>/devices/<DEVICE_TYPE>      INTEGER      deviceType (the minimum)
 *   outletCategories/<CATEGORY>/smartDevices               CODE_LIST
 *   outletCategories/<CATEGORY>/zones/<ZONE>               REQUIREMENT  zone
 *   outletCategories/<CATEGORY>/outboundMarketing          TEXT
 *   customerTiers/<TIER>/assetsFrom                        MONEY
 *   customerTiers/<TIER>/assetsBelow                       MONEY
 *   customerTiers/<TIER>/personalLoansFrom                 MONEY
 *   serviceRules/<RULE>/parameters/<PARAMETER>             by type      code
 *       (INTEGER, RANGE, MONEY, CODE_LIST, TEXT_LIST as the parameter's type says)
 *
 * Every one of them is stored and served in one shape, `{ value, policy }`:
 * the field the path names holds that object (or null where the value is
 * optional and absent), and a keyed entry is a row of its list that holds its
 * key field (the "row key" above, whose content is the path's last code) next
 * to `value` and `policy`. So reading an edition's values is one walk over
 * this table (effective.ts), with no per-value code.
 *
 * Items that can be marked not applicable are addressed by the item's own
 * path: `serviceRules/<RULE>` (core decides), and a keyed entry such as
 * `outletCategories/<CATEGORY>/devices/<DEVICE_TYPE>` (its policy decides).
 * `POLICED_VALUES` below holds this table as data.
 */

// ─── Kinds and their values ─────────────────────────────────────────────────

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A list item known by its code: a bare code, or an object carrying one (equipment, a coded label). */
export type CodeItem = string | { readonly code: string; readonly name?: unknown; readonly label?: unknown };

/** The value each kind holds. Shapes match the standard's own types (IntRange, Money, LocalizedText...). */
export interface ValueKinds {
  INTEGER: number;
  RANGE: { readonly min: number; readonly max: number | null };
  MONEY: { readonly amount: number; readonly currency: string };
  CODE_LIST: readonly CodeItem[];
  TEXT_LIST: readonly Bilingual[];
  TEXT: Bilingual;
  REQUIREMENT: ZoneRequirementLevel | `${ZoneRequirementLevel}`;
}
export type ValueKind = keyof ValueKinds;
export const VALUE_KINDS: readonly ValueKind[] = ['INTEGER', 'RANGE', 'MONEY', 'CODE_LIST', 'TEXT_LIST', 'TEXT', 'REQUIREMENT'];

const KIND_WORDS: Record<ValueKind, string> = {
  INTEGER: 'a whole number',
  RANGE: 'a range',
  MONEY: 'an amount of money',
  CODE_LIST: 'a list of codes',
  TEXT_LIST: 'a list of texts',
  TEXT: 'a text',
  REQUIREMENT: 'a requirement level',
};

/** Stable machine codes of every refusal the module gives. */
export type PolicyRule =
  | 'policy-locked'
  | 'policy-raise-only'
  | 'policy-lower-only'
  | 'policy-extend-only'
  | 'policy-misfit'
  | 'policy-loosened'
  | 'policy-forbids-removal'
  | 'currency-mismatch'
  | 'kind-mismatch'
  | 'invalid-value'
  | 'core-removed'
  | 'core-weakened'
  /** A local item whose key the inherited standard already has (head office's edition or a branch above). */
  | 'item-exists'
  /** A local item only the version that added it may remove. */
  | 'item-not-owner'
  /** An outlet category's per-position staffing minimums would add up to more than its total minimum. */
  | 'covers-positions';

/** Policies in words, for where no kind is known (an item marked not applicable). */
const POLICY_WORDS: Record<Policy, string> = {
  [Policy.LOCKED]: 'must be kept exactly as given',
  [Policy.RAISE_ONLY]: 'may be raised, never lowered',
  [Policy.LOWER_ONLY]: 'may be lowered, never raised',
  [Policy.EXTEND_ONLY]: 'may have items added, none removed',
  [Policy.FREE]: 'may be set freely',
};

/**
 * Why a local value is not allowed. `path` is the value's path; `inherited`
 * and `attempted` are the values as given (null where there is none, e.g. an
 * item marked not applicable); `setBy` is the label of the unit that set the
 * inherited value. `message` is one English sentence naming all of them; the
 * console translates by `rule`. Maps onto the API's `Violation` as
 * { field: path, rule, message }.
 */
export interface PolicyViolation {
  path: string;
  rule: PolicyRule;
  policy: Policy | null;
  kind: ValueKind | null;
  inherited: unknown;
  attempted: unknown;
  setBy: string | null;
  message: string;
}

// ─── Which policies fit which kind ──────────────────────────────────────────

const FITS: Record<ValueKind, readonly Policy[]> = {
  INTEGER: [Policy.LOCKED, Policy.RAISE_ONLY, Policy.LOWER_ONLY, Policy.FREE],
  RANGE: [Policy.LOCKED, Policy.RAISE_ONLY, Policy.LOWER_ONLY, Policy.FREE],
  MONEY: [Policy.LOCKED, Policy.RAISE_ONLY, Policy.LOWER_ONLY, Policy.FREE],
  CODE_LIST: [Policy.LOCKED, Policy.EXTEND_ONLY, Policy.FREE],
  TEXT_LIST: [Policy.LOCKED, Policy.EXTEND_ONLY, Policy.FREE],
  TEXT: [Policy.LOCKED, Policy.FREE],
  REQUIREMENT: [Policy.LOCKED, Policy.RAISE_ONLY, Policy.FREE],
};

/**
 * Whether `policy` means anything for a value of `kind` (see the table above).
 * Edition validation uses it to refuse, say, RAISE_ONLY on a text.
 */
export function policyFits(kind: ValueKind, policy: Policy): boolean {
  return FITS[kind].includes(policy);
}

/** The policies an author may choose for a value of `kind`, strictest first. */
export function fittingPolicies(kind: ValueKind): readonly Policy[] {
  return FITS[kind];
}

// ─── Describing policies and values in words ────────────────────────────────

/**
 * What `policy` lets a lower level do with a value of `kind`, as an English
 * clause ("may be raised, never lowered"). The console has its own
 * translations; this is for messages, logs and the API's descriptions.
 */
export function describePolicy(policy: Policy, kind: ValueKind): string {
  if (!policyFits(kind, policy)) return `${policy} does not apply to ${KIND_WORDS[kind]}, so it can only be kept as it is`;
  switch (policy) {
    case Policy.LOCKED:
      return 'must be kept exactly as it is';
    case Policy.FREE:
      if (kind === 'MONEY') return 'may be set freely, in the same currency';
      return 'may be set freely';
    case Policy.EXTEND_ONLY:
      return kind === 'CODE_LIST'
        ? 'may have items added, but none removed or changed'
        : 'may have texts added, but none removed or reworded';
    case Policy.RAISE_ONLY:
      if (kind === 'RANGE') return 'may only move up: neither the minimum nor the maximum may fall';
      if (kind === 'REQUIREMENT') return 'may be made required, never optional';
      if (kind === 'MONEY') return 'may be raised, never lowered, in the same currency';
      return 'may be raised, never lowered';
    case Policy.LOWER_ONLY:
      if (kind === 'RANGE') return 'may only move down: neither the minimum nor the maximum may rise';
      if (kind === 'MONEY') return 'may be lowered, never raised, in the same currency';
      return 'may be lowered, never raised';
  }
}

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const quote = (t: Bilingual) => `"${t.en}" / "${t.zh}"`;
const codeOf = (item: CodeItem) => (typeof item === 'string' ? item : item.code);

/**
 * A value as people read it in a message: 12, 4-6, 0 or more, CNY 50,000,
 * [ATM, CASH_RECYCLER], "text" / "文本", REQUIRED. Anything that is not a valid
 * value of the kind is shown as (shortened) JSON.
 */
export function formatValue(kind: ValueKind, value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (validate(kind, value) !== null) {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  }
  switch (kind) {
    case 'INTEGER':
      return String(value);
    case 'RANGE': {
      const r = value as ValueKinds['RANGE'];
      return r.max === null ? `${r.min} or more` : `${r.min}-${r.max}`;
    }
    case 'MONEY': {
      const m = value as ValueKinds['MONEY'];
      return `${m.currency} ${money.format(m.amount)}`;
    }
    case 'CODE_LIST':
      return `[${(value as readonly CodeItem[]).map(codeOf).join(', ')}]`;
    case 'TEXT_LIST':
      return `[${(value as readonly Bilingual[]).map(quote).join(', ')}]`;
    case 'TEXT':
      return quote(value as Bilingual);
    case 'REQUIREMENT':
      return String(value);
  }
}

// ─── Shape checks ───────────────────────────────────────────────────────────

const CODE_RE = /^[A-Z0-9_-]+$/;
const CURRENCY_RE = /^[A-Z]{3}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): v is Bilingual =>
  isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string' && v.zh.trim() !== '' && v.en.trim() !== '';
const textKey = (t: Bilingual) => JSON.stringify([t.zh, t.en]);

/**
 * Null when `value` is a valid value of `kind`; otherwise the rule and what is
 * wrong. `kind-mismatch` is a value of another shape altogether; `invalid-value`
 * has the right shape but breaks the kind's own rules (max below min, a code
 * listed twice).
 */
function validate(kind: ValueKind, value: unknown): { rule: 'kind-mismatch' | 'invalid-value'; reason: string } | null {
  const mismatch = (reason: string) => ({ rule: 'kind-mismatch' as const, reason });
  const invalid = (reason: string) => ({ rule: 'invalid-value' as const, reason });
  switch (kind) {
    case 'INTEGER':
      if (typeof value !== 'number') return mismatch('expected a whole number');
      return isCount(value) ? null : invalid('expected a whole number of zero or more');
    case 'RANGE': {
      if (!isObject(value) || typeof value.min !== 'number' || !(value.max === null || typeof value.max === 'number')) {
        return mismatch('expected a range { min, max } (max null for no upper limit)');
      }
      if (!isCount(value.min) || (value.max !== null && !isCount(value.max))) return invalid('range bounds must be whole numbers of zero or more');
      if (value.max !== null && value.max < value.min) return invalid(`the maximum ${value.max} is below the minimum ${value.min}`);
      return null;
    }
    case 'MONEY': {
      if (!isObject(value) || typeof value.amount !== 'number' || typeof value.currency !== 'string') {
        return mismatch('expected an amount of money { amount, currency }');
      }
      if (!Number.isFinite(value.amount) || value.amount < 0) return invalid('the amount must be a finite number of zero or more');
      if (!CURRENCY_RE.test(value.currency)) return invalid(`"${value.currency}" is not an ISO 4217 currency code`);
      return null;
    }
    case 'CODE_LIST': {
      if (!Array.isArray(value)) return mismatch('expected a list of codes');
      const seen = new Set<string>();
      for (const item of value) {
        const code = typeof item === 'string' ? item : isObject(item) && typeof item.code === 'string' ? item.code : null;
        if (code === null) return mismatch('expected every item to be a code or to carry one');
        if (!CODE_RE.test(code)) return invalid(`"${code}" is not a code (capitals, digits, "_" and "-")`);
        if (seen.has(code)) return invalid(`the code ${code} is listed twice`);
        seen.add(code);
      }
      return null;
    }
    case 'TEXT_LIST': {
      if (!Array.isArray(value)) return mismatch('expected a list of texts');
      const seen = new Set<string>();
      for (const item of value) {
        if (!isText(item)) return mismatch('expected every item to be a text in Chinese and English, neither blank');
        if (seen.has(textKey(item))) return invalid(`the text "${item.en}" is listed twice`);
        seen.add(textKey(item));
      }
      return null;
    }
    case 'TEXT':
      return isText(value) ? null : mismatch('expected a text in Chinese and English, neither blank');
    case 'REQUIREMENT':
      return value === ZoneRequirementLevel.REQUIRED || value === ZoneRequirementLevel.OPTIONAL
        ? null
        : mismatch('expected REQUIRED or OPTIONAL');
  }
}

/** Whether `value` is a valid value of `kind` (right shape, and within the kind's own rules). */
export function isValueOfKind<K extends ValueKind>(kind: K, value: unknown): value is ValueKinds[K] {
  return validate(kind, value) === null;
}

/**
 * Equality by value, the way the standard stores things: object key order does
 * not matter, and a field that is null counts the same as one not given
 * (see `compact` in standard.content.ts). Array order matters.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k] ?? null, b[k] ?? null)) return false;
    return true;
  }
  return false;
}

// ─── The comparisons ────────────────────────────────────────────────────────

const REQUIREMENT_RANK: Record<string, number> = { [ZoneRequirementLevel.OPTIONAL]: 0, [ZoneRequirementLevel.REQUIRED]: 1 };
/** max null is "no upper limit": above every number. */
const maxAtLeast = (a: number | null, b: number | null) => a === null || (b !== null && a >= b);

/**
 * The ordered kinds' order: whether `a` is at or above `b`. For a range both
 * bounds must be (componentwise order), see the header for why.
 */
function atOrAbove(kind: ValueKind, a: unknown, b: unknown): boolean {
  switch (kind) {
    case 'INTEGER':
      return (a as number) >= (b as number);
    case 'MONEY':
      return (a as ValueKinds['MONEY']).amount >= (b as ValueKinds['MONEY']).amount;
    case 'RANGE': {
      const x = a as ValueKinds['RANGE'];
      const y = b as ValueKinds['RANGE'];
      return x.min >= y.min && maxAtLeast(x.max, y.max);
    }
    case 'REQUIREMENT':
      return REQUIREMENT_RANK[a as string] >= REQUIREMENT_RANK[b as string];
    default:
      throw new TypeError(`${kind} has no order`);
  }
}

/** The inherited list items `proposed` lacks or changed, by their code (or English text). */
function droppedItems(kind: 'CODE_LIST' | 'TEXT_LIST', inherited: readonly unknown[], proposed: readonly unknown[]): string[] {
  if (kind === 'CODE_LIST') {
    const byCode = new Map((proposed as CodeItem[]).map((item) => [codeOf(item), item]));
    return (inherited as CodeItem[])
      .filter((item) => !byCode.has(codeOf(item)) || !sameValue(byCode.get(codeOf(item)), item))
      .map((item) => (byCode.has(codeOf(item)) ? `${codeOf(item)} (changed)` : codeOf(item)));
  }
  const present = new Set((proposed as Bilingual[]).map(textKey));
  return (inherited as Bilingual[]).filter((t) => !present.has(textKey(t))).map((t) => `"${t.en}"`);
}

/** Why a RANGE move breaks RAISE_ONLY / LOWER_ONLY, naming the bound. */
function rangeReason(policy: Policy, i: ValueKinds['RANGE'], p: ValueKinds['RANGE']): string {
  const up = policy === Policy.RAISE_ONLY;
  const minBad = up ? p.min < i.min : p.min > i.min;
  const maxBad = up ? !maxAtLeast(p.max, i.max) : !maxAtLeast(i.max, p.max);
  const parts = [];
  if (minBad) parts.push(`the minimum would ${up ? 'fall' : 'rise'}`);
  if (maxBad) parts.push(`the maximum would ${up ? 'fall' : 'rise'}`);
  return parts.join(' and ');
}

export interface OverrideCheck<K extends ValueKind = ValueKind> {
  /** The value's path, e.g. outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin. */
  path: string;
  kind: K;
  /** The policy the inherited value carries. */
  policy: Policy;
  /** The value in force above (validated: a malformed one is a bug above, and throws). */
  inherited: ValueKinds[K];
  /** The local value; anything, since it comes from a user (checked for shape here). */
  proposed: unknown;
  /** Whether the value belongs to core content. */
  core?: boolean;
  /** Label of the unit that set the inherited value (a unit code such as HO or GD). */
  setBy?: string | null;
}

/**
 * Whether `proposed` may replace `inherited` under `policy`: null when allowed,
 * otherwise the one violation that explains why not. Checks, in order: keeping
 * the value (always allowed), the proposed value's shape, the policy's fit,
 * the currency, the policy's direction, and core.
 *
 * Throws a TypeError when `inherited` is not a valid value of `kind`: that is
 * a bug in the layer above (published content is validated), not something the
 * person drafting the local value did or could fix.
 */
export function checkOverride<K extends ValueKind>(check: OverrideCheck<K>): PolicyViolation | null {
  const { path, kind, policy, inherited, proposed } = check;
  const setBy = check.setBy ?? null;
  const problem = validate(kind, inherited);
  if (problem) throw new TypeError(`${path}: the inherited value is not valid (${problem.reason}): ${formatValue(kind, inherited)}`);

  if (sameValue(proposed, inherited)) return null;

  const refuse = (rule: PolicyRule, why: string): PolicyViolation => ({
    path,
    rule,
    policy,
    kind,
    inherited,
    attempted: proposed,
    setBy,
    message: `${path}: cannot change ${formatValue(kind, inherited)} (set by ${setBy ?? 'the level above'}) to ${formatValue(kind, proposed)}: ${why}.`,
  });

  const shape = validate(kind, proposed);
  if (shape) return refuse(shape.rule, shape.reason);

  if (!policyFits(kind, policy)) {
    return refuse('policy-misfit', `the policy ${policy} does not apply to ${KIND_WORDS[kind]}, so the value can only be kept as it is`);
  }

  if (kind === 'MONEY') {
    const [i, p] = [inherited as ValueKinds['MONEY'], proposed as ValueKinds['MONEY']];
    if (i.currency !== p.currency) return refuse('currency-mismatch', `amounts must stay in ${i.currency}, the currency of the inherited value`);
  }

  const words = `the value ${describePolicy(policy, kind)} (${policy})`;
  switch (policy) {
    case Policy.LOCKED:
      return refuse('policy-locked', words);
    case Policy.RAISE_ONLY:
    case Policy.LOWER_ONLY: {
      const ok = policy === Policy.RAISE_ONLY ? atOrAbove(kind, proposed, inherited) : atOrAbove(kind, inherited, proposed);
      if (!ok) {
        const detail = kind === 'RANGE' ? `; ${rangeReason(policy, inherited as ValueKinds['RANGE'], proposed as ValueKinds['RANGE'])}` : '';
        return refuse(policy === Policy.RAISE_ONLY ? 'policy-raise-only' : 'policy-lower-only', words + detail);
      }
      break;
    }
    case Policy.EXTEND_ONLY: {
      const dropped = droppedItems(kind as 'CODE_LIST' | 'TEXT_LIST', inherited as readonly unknown[], proposed as readonly unknown[]);
      if (dropped.length) return refuse('policy-extend-only', `${words}; it drops ${dropped.join(', ')}`);
      break;
    }
    case Policy.FREE:
      break;
  }

  if (check.core) {
    if ((kind === 'CODE_LIST' || kind === 'TEXT_LIST') && (proposed as unknown[]).length === 0) {
      return refuse('core-weakened', 'this is core content, which every level must keep; its list cannot be emptied');
    }
    if (kind === 'REQUIREMENT' && proposed === ZoneRequirementLevel.OPTIONAL && inherited === ZoneRequirementLevel.REQUIRED) {
      return refuse('core-weakened', 'this is core content, which every level must keep; a required item cannot be made optional');
    }
  }
  return null;
}

export interface AdditionCheck {
  /** The new entry's path, e.g. outletCategories/GENERAL/staffing/WEALTH_MANAGER. */
  path: string;
  kind: ValueKind;
  /** The policy the adding level hands down with it. */
  policy: Policy;
  proposed: unknown;
}

/**
 * Whether a level may add a keyed entry the level above lacks (a staffing row
 * for a position of its own): nothing above constrains a value that did not
 * exist, so any valid value of the kind is allowed, under a policy that fits
 * the kind (the same fit head office's own values must have).
 */
export function checkAddition(check: AdditionCheck): PolicyViolation | null {
  const { path, kind, policy, proposed } = check;
  const refuse = (rule: PolicyRule, why: string): PolicyViolation => ({
    path,
    rule,
    policy,
    kind,
    inherited: null,
    attempted: proposed,
    setBy: null,
    message: `${path}: cannot add ${formatValue(kind, proposed)}: ${why}.`,
  });
  const shape = validate(kind, proposed);
  if (shape) return refuse(shape.rule, shape.reason);
  if (!policyFits(kind, policy)) return refuse('policy-misfit', `the policy ${policy} does not apply to ${KIND_WORDS[kind]}`);
  return null;
}

export interface RemovalCheck {
  /** The item's path, e.g. serviceRules/EMERGENCY_PLANS or outletCategories/GENERAL/devices/ATM. */
  path: string;
  core?: boolean;
  /**
   * The policy of the value the item itself is, for keyed entries such as a
   * staffing row, a device minimum or a zone requirement. Leave it out for
   * containers (a service rule), whose removability `core` alone decides.
   */
  policy?: Policy | null;
  kind?: ValueKind | null;
  /** The inherited value, for the message. */
  inherited?: unknown;
  setBy?: string | null;
}

/**
 * Whether a lower level may mark an inherited item not applicable. Refused for
 * core items (`core-removed`), and for an entry whose value carries any policy
 * but FREE (`policy-forbids-removal`): dropping a device minimum is the
 * furthest possible lowering of it, and dropping a locked zone requirement
 * would undo the lock, so only a value the level above left free may go.
 */
export function checkRemoval(check: RemovalCheck): PolicyViolation | null {
  const { path } = check;
  const setBy = check.setBy ?? null;
  const policy = check.policy ?? null;
  const kind = check.kind ?? null;
  const inherited = check.inherited ?? null;
  const shown = inherited === null ? '' : ` (${kind ? formatValue(kind, inherited) : JSON.stringify(inherited)})`;
  const refuse = (rule: PolicyRule, why: string): PolicyViolation => ({
    path,
    rule,
    policy,
    kind,
    inherited,
    attempted: null,
    setBy,
    message: `${path}${shown}, set by ${setBy ?? 'the level above'}, cannot be marked not applicable: ${why}.`,
  });
  if (check.core) return refuse('core-removed', 'it is core content, which every level must keep');
  if (policy !== null && policy !== Policy.FREE) {
    const words = kind ? describePolicy(policy, kind) : POLICY_WORDS[policy];
    return refuse('policy-forbids-removal', `it carries the policy ${policy} (${words}), and removing it would go beyond that`);
  }
  return null;
}

/**
 * How much latitude a policy grants, as a partial order: LOCKED grants nothing,
 * FREE everything, and RAISE_ONLY, LOWER_ONLY and EXTEND_ONLY sit between,
 * incomparable with each other. `q` is at most as loose as `p` when every value
 * `q` allows over a given value, `p` allows too.
 */
export function policyWithin(q: Policy, p: Policy): boolean {
  return q === p || q === Policy.LOCKED || p === Policy.FREE;
}

export interface PolicyChangeCheck {
  path: string;
  kind: ValueKind;
  /** The policy the level above set. */
  inherited: Policy;
  /** The policy this level hands down to the levels below it. */
  proposed: Policy;
  setBy?: string | null;
}

/**
 * Whether a level may hand a value down with `proposed` as its policy when it
 * received it with `inherited`. A level may tighten (FREE to RAISE_ONLY,
 * anything to LOCKED) but never loosen, or the levels below could undo what
 * the levels above required; with that, checking each level only against the
 * one above it stays enough (see transitivity in the header). The new policy
 * must also fit the kind.
 */
export function checkPolicyChange(check: PolicyChangeCheck): PolicyViolation | null {
  const { path, kind, inherited, proposed } = check;
  if (proposed === inherited) return null;
  const setBy = check.setBy ?? null;
  const refuse = (rule: PolicyRule, why: string): PolicyViolation => ({
    path,
    rule,
    policy: inherited,
    kind,
    inherited,
    attempted: proposed,
    setBy,
    message: `${path}: cannot change the policy ${inherited} (set by ${setBy ?? 'the level above'}) to ${proposed}: ${why}.`,
  });
  if (!policyFits(kind, proposed)) return refuse('policy-misfit', `${proposed} does not apply to ${KIND_WORDS[kind]}`);
  if (!policyWithin(proposed, inherited)) {
    return refuse('policy-loosened', `a lower level may make a policy stricter, never looser; the value ${describePolicy(inherited, kind)}`);
  }
  return null;
}

// ─── Paths ──────────────────────────────────────────────────────────────────

const FIELD_RE = /^[a-z][A-Za-z0-9]*$/;

/** Whether `segment` is a field name or a code (see the grammar in the header). */
export function isPathSegment(segment: string): boolean {
  return FIELD_RE.test(segment) || CODE_RE.test(segment);
}

/**
 * Joins segments into a value path. Throws a RangeError on a segment that is
 * neither a field name nor a code (it would make the path ambiguous), e.g. an
 * empty one or one holding "/".
 */
export function valuePath(...segments: string[]): string {
  if (!segments.length) throw new RangeError('a value path needs at least one segment');
  for (const s of segments) {
    if (!isPathSegment(s)) throw new RangeError(`"${s}" is neither a field name (camelCase) nor a code (A-Z, 0-9, "_", "-")`);
  }
  return segments.join('/');
}

/** The segments of a value path, or null if it does not follow the grammar. */
export function parseValuePath(path: string): string[] | null {
  if (typeof path !== 'string' || path === '') return null;
  const segments = path.split('/');
  return segments.every(isPathSegment) ? segments : null;
}

/**
 * The values a lower level may change, as data: a path pattern (`<...>` stands
 * for an item's code), the kind, and for a keyed entry the row field that
 * holds its code. `kind` null means the parameter's `type` gives the kind:
 * ParameterType's five names are value kinds of the same name. The table in
 * the header, for code.
 */
export const POLICED_VALUES: readonly { pattern: string; kind: ValueKind | null; key?: string }[] = [
  { pattern: 'positions/<POSITION>/duties', kind: 'TEXT_LIST' },
  { pattern: 'zones/<ZONE>/equipment', kind: 'CODE_LIST' },
  { pattern: 'outletCategories/<CATEGORY>/marketingStaffMin', kind: 'INTEGER' },
  { pattern: 'outletCategories/<CATEGORY>/salesServiceStaffMin', kind: 'INTEGER' },
  { pattern: 'outletCategories/<CATEGORY>/lobbyStaffTotal', kind: 'RANGE' },
  { pattern: 'outletCategories/<CATEGORY>/staffing/<POSITION>', kind: 'RANGE', key: 'position' },
  { pattern: 'outletCategories/<CATEGORY>/devices/<DEVICE_TYPE>', kind: 'INTEGER', key: 'deviceType' },
  { pattern: 'outletCategories/<CATEGORY>/smartDevices', kind: 'CODE_LIST' },
  { pattern: 'outletCategories/<CATEGORY>/zones/<ZONE>', kind: 'REQUIREMENT', key: 'zone' },
  { pattern: 'outletCategories/<CATEGORY>/outboundMarketing', kind: 'TEXT' },
  { pattern: 'customerTiers/<TIER>/assetsFrom', kind: 'MONEY' },
  { pattern: 'customerTiers/<TIER>/assetsBelow', kind: 'MONEY' },
  { pattern: 'customerTiers/<TIER>/personalLoansFrom', kind: 'MONEY' },
  { pattern: 'serviceRules/<RULE>/parameters/<PARAMETER>', kind: null, key: 'code' },
];

/** The entry of POLICED_VALUES a concrete path matches, if any. */
export function policedValueFor(path: string): (typeof POLICED_VALUES)[number] | null {
  const segments = parseValuePath(path);
  if (!segments) return null;
  return (
    POLICED_VALUES.find((entry) => {
      const pattern = entry.pattern.split('/');
      return (
        pattern.length === segments.length &&
        pattern.every((p, i) => (p.startsWith('<') ? CODE_RE.test(segments[i]) : p === segments[i]))
      );
    }) ?? null
  );
}
