import { registerEnumType } from 'type-graphql';
import type { Violations } from '../../shared/errors.js';
import {
  Classifier,
  CustomerTier,
  DeviceType,
  OutletCategory,
  Position,
  ServiceRule,
  Zone,
} from './standard.entities.js';
import {
  ClassifierInput,
  CustomerTierInput,
  DeviceTypeInput,
  OutletCategoryInput,
  PositionInput,
  ServiceRuleInput,
  ZoneInput,
} from './standard.inputs.js';
import {
  ClassifierKind,
  CustomerSegment,
  PARAMETER_INPUT_FIELD,
  ParameterType,
  PositionKind,
  type IntRange,
  type RuleParameterInput,
  type TypedRuleParameter,
} from './standard.types.js';
import { defineKind, type AnyKind, type ContentOf, type PlainData } from './standard.kind.js';

/**
 * The one registry of the standard's content kinds. Loading, the publication
 * check, the diff, the list fields and save mutations, the seeder, the audit
 * operation names and the console's kind list (through `standardKinds`) all
 * read it: adding a kind is adding an entry here (README, "Adding a content
 * kind"). The order is the order of the diff and of the validation report.
 */

const nonNegative = (v: Violations, value: number | null | undefined, field: string) => {
  if (value != null && (!Number.isInteger(value) || value < 0)) v.add(field, 'non-negative', 'must be a whole number, zero or more');
};

/** Outlet posts (not support roles): staffing and reporting lines may name only these. */
const posts = (positions: readonly Position[]) => new Set(positions.filter((p) => p.kind === PositionKind.POSITION).map((p) => p.code));
const codes = (items: readonly { code: string }[]) => new Set(items.map((i) => i.code));

/** A parameter as stored: the input's one set value field becomes `value` (the check made sure it is the right one). */
export function toStoredParameter(p: PlainData<RuleParameterInput>): PlainData<TypedRuleParameter> {
  const { intValue: _i, range: _r, money: _m, codes: _c, texts: _t, ...common } = p;
  return { ...common, value: p[PARAMETER_INPUT_FIELD[p.type]] } as PlainData<TypedRuleParameter>;
}

export const KINDS = [
  defineKind({
    kind: 'POSITION',
    list: 'positions',
    entity: Position,
    input: PositionInput,
    noun: 'a position',
    reportKey: 'position',
    validate(items, at) {
      const postCodes = posts(items);
      if (!postCodes.size) at.add('', 'required', 'the edition defines no position');
      for (const p of items) {
        if (p.reportsTo && p.reportsTo !== 'UPPER_BRANCH' && !postCodes.has(p.reportsTo)) {
          at.add(`${p.code}/reportsTo`, 'exists', `reports to ${p.reportsTo}, which is not a position of this edition`);
        }
      }
    },
  }),
  defineKind({
    kind: 'ZONE',
    list: 'zones',
    entity: Zone,
    input: ZoneInput,
    noun: 'a functional zone',
    reportKey: 'zone',
    validate(items, at) {
      if (!items.length) at.add('', 'required', 'the edition defines no functional zone');
      const positionCodes = codes(at.items(Position));
      for (const z of items) {
        for (const code of z.positions) {
          if (!positionCodes.has(code)) at.add(`${z.code}/positions`, 'exists', `names position ${code}, which this edition does not define`);
        }
      }
    },
  }),
  defineKind({
    kind: 'DEVICE_TYPE',
    list: 'deviceTypes',
    entity: DeviceType,
    input: DeviceTypeInput,
    noun: 'a device type',
    reportKey: 'deviceType',
  }),
  defineKind({
    kind: 'OUTLET_CATEGORY',
    list: 'outletCategories',
    entity: OutletCategory,
    input: OutletCategoryInput,
    noun: 'an outlet category',
    reportKey: 'outletCategory',
    // Outlets are classified into head office's categories nationwide; a branch
    // adapts a category's figures (values), it does not invent categories.
    localItems: false,
    check(c, v) {
      nonNegative(v, c.marketingStaffMin.value, 'input.marketingStaffMin.value');
      nonNegative(v, c.salesServiceStaffMin?.value, 'input.salesServiceStaffMin.value');
      const ranges: [string, IntRange][] = [
        ['input.lobbyStaffTotal.value', c.lobbyStaffTotal.value],
        ...c.staffing.map((s, i): [string, IntRange] => [`input.staffing[${i}].value`, s.value]),
      ];
      for (const [field, r] of ranges) {
        nonNegative(v, r.min, `${field}.min`);
        if (r.max != null && r.max < r.min) v.add(`${field}.max`, 'min-max', `must not be below the minimum ${r.min}`);
      }
      (c.devices ?? []).forEach((d, i) => nonNegative(v, d.value, `input.devices[${i}].value`));
      c.staffing.forEach((s, i) => {
        if (c.staffing.findIndex((t) => t.position === s.position) < i) {
          v.add(`input.staffing[${i}].position`, 'unique', `lists ${s.position} a second time`);
        }
      });
    },
    validate(items, at) {
      if (!items.length) at.add('', 'required', 'the edition defines no outlet category');
      const postCodes = posts(at.items(Position));
      const zoneCodes = codes(at.items(Zone));
      const deviceCodes = codes(at.items(DeviceType));
      for (const cat of items) {
        const here = cat.code;
        if (!cat.staffing.length) at.add(`${here}/staffing`, 'required', 'has no staffing standard');
        if (cat.marketingStaffMin.value < 1) at.add(`${here}/marketingStaffMin`, 'positive', 'must require at least one person');
        at.range(`${here}/lobbyStaffTotal`, cat.lobbyStaffTotal.value);
        const mins = cat.staffing.reduce((sum, s) => sum + s.value.min, 0);
        for (const s of cat.staffing) {
          if (!postCodes.has(s.position)) at.add(`${here}/staffing/${s.position}`, 'exists', `position ${s.position} is not defined in this edition`);
          at.range(`${here}/staffing/${s.position}`, s.value);
        }
        if (mins > cat.marketingStaffMin.value && cat.staffing.length) {
          // The per-position minimums may add up below the total (the rest are free posts), never above.
          at.add(`${here}/marketingStaffMin`, 'covers-positions', `per-position minimums add up to ${mins}, more than the total minimum ${cat.marketingStaffMin.value}`);
        }
        for (const d of cat.devices) {
          if (!deviceCodes.has(d.deviceType)) at.add(`${here}/devices/${d.deviceType}`, 'exists', `device type ${d.deviceType} is not defined`);
          if (d.value < 0) at.add(`${here}/devices/${d.deviceType}`, 'non-negative', 'minimum must not be negative');
        }
        for (const code of cat.smartDevices?.value ?? []) {
          if (!deviceCodes.has(code)) at.add(`${here}/smartDevices/${code}`, 'exists', `device type ${code} is not defined`);
        }
        for (const z of cat.zones) {
          if (!zoneCodes.has(z.zone)) at.add(`${here}/zones/${z.zone}`, 'exists', `zone ${z.zone} is not defined`);
        }
      }
    },
  }),
  defineKind({
    kind: 'CUSTOMER_TIER',
    list: 'customerTiers',
    entity: CustomerTier,
    input: CustomerTierInput,
    noun: 'a customer tier',
    reportKey: 'customerTier',
    check(t, v) {
      for (const field of ['assetsFrom', 'assetsBelow', 'personalLoansFrom'] as const) {
        const m = t[field]?.value;
        if (m && !(m.amount >= 0)) v.add(`input.${field}.value.amount`, 'non-negative', 'must not be negative');
      }
      if (t.assetsFrom && t.assetsBelow && t.assetsBelow.value.amount <= t.assetsFrom.value.amount) {
        v.add('input.assetsBelow.value', 'min-max', 'must be above assetsFrom');
      }
    },
    validate(items, at) {
      const positionCodes = codes(at.items(Position));
      const zoneCodes = codes(at.items(Zone));
      for (const t of items) {
        for (const code of t.positions) if (!positionCodes.has(code)) at.add(`${t.code}/positions`, 'exists', `position ${code} is not defined`);
        for (const code of t.zones) if (!zoneCodes.has(code)) at.add(`${t.code}/zones`, 'exists', `zone ${code} is not defined`);
        if (t.assetsFrom && t.assetsBelow && t.assetsBelow.value.amount <= t.assetsFrom.value.amount) {
          at.add(`${t.code}/assetsBelow`, 'min-max', 'the upper threshold must be above the lower one');
        }
      }
      // Individual tiers defined by asset bands must not overlap: a client belongs to one band.
      const bands = items
        .filter((t) => t.segment === CustomerSegment.INDIVIDUAL && (t.assetsFrom || t.assetsBelow))
        .map((t) => ({ code: t.code, from: t.assetsFrom?.value.amount ?? 0, below: t.assetsBelow?.value.amount ?? Infinity }))
        .sort((a, b) => a.from - b.from);
      for (let i = 1; i < bands.length; i++) {
        if (bands[i].from < bands[i - 1].below) at.add(`${bands[i].code}/assetsFrom`, 'no-overlap', `the asset band overlaps ${bands[i - 1].code}'s`);
      }
    },
  }),
  defineKind({
    kind: 'CLASSIFIER',
    list: 'classifiers',
    entity: Classifier,
    input: ClassifierInput,
    noun: 'a code-list entry',
    reportKey: 'classifier',
    // One edition holds several code lists: a code is unique within its list.
    keyFields: ['kind', 'code'],
    filter: { arg: 'kind', type: () => ClassifierKind, matches: (c, kind) => c.kind === kind },
  }),
  defineKind({
    kind: 'SERVICE_RULE',
    list: 'serviceRules',
    entity: ServiceRule,
    input: ServiceRuleInput,
    noun: 'a service rule',
    reportKey: 'serviceRule',
    check(r, v) {
      // The input has one value field per parameter type: exactly the one the type names must be set.
      r.parameters.forEach((p, i) => {
        const wanted = PARAMETER_INPUT_FIELD[p.type];
        for (const field of Object.values(PARAMETER_INPUT_FIELD)) {
          const set = p[field] != null;
          if (field === wanted && !set) v.add(`input.parameters[${i}].${field}`, 'value-for-type', `a ${p.type} parameter needs its value in ${field}`);
          if (field !== wanted && set) v.add(`input.parameters[${i}].${field}`, 'value-for-type', `must be left out: a ${p.type} parameter keeps its value in ${wanted}`);
        }
      });
    },
    toEntity: (r) => ({ ...r, parameters: r.parameters.map(toStoredParameter) }),
    toInput: (data) => {
      const r = data as unknown as PlainData<ServiceRule>;
      return { ...r, parameters: r.parameters.map(({ value, ...p }) => ({ ...p, [PARAMETER_INPUT_FIELD[p.type]]: value })) } as PlainData<ServiceRuleInput>;
    },
    validate(items, at) {
      for (const r of items) {
        for (const p of r.parameters) {
          const here = `${r.code}/parameters/${p.code}`;
          const empty = p.value == null || (Array.isArray(p.value) && !p.value.length);
          if (empty) at.add(here, 'value-required', `a ${p.type} parameter needs its value`);
          else if (p.type === ParameterType.RANGE) at.range(here, p.value);
        }
      }
    },
  }),
] as const satisfies readonly AnyKind[];

export type Kinds = typeof KINDS;
export type Kind = Kinds[number];
export type KindName = Kind['kind'];
export type ListName = Kind['list'];
export type EditionContent = ContentOf<Kinds>;

/** The GraphQL enum of the kinds, from the registry. */
export const StandardItemKind = Object.fromEntries(KINDS.map((k) => [k.kind, k.kind])) as { [K in KindName]: K };
export type StandardItemKind = KindName;
registerEnumType(StandardItemKind, { name: 'StandardItemKind', description: 'The kinds of content an edition holds' });

export const kindSpec = (kind: string): Kind | undefined => KINDS.find((k) => k.kind === kind);

/**
 * Every audit operation of the standard with the object type its rows name:
 * the edition's own (StandardEdition) and each kind's save and remove (the
 * kind's entity, e.g. OutletCategory).
 */
export const STANDARD_AUDIT_OPERATIONS: readonly { operation: string; objectType: string }[] = [
  ...['standardEdition.createDraft', 'standardEdition.update', 'standardEdition.publish'].map((operation) => ({ operation, objectType: 'StandardEdition' })),
  // The approval workflow's transitions of an edition (approval.service.ts names them; an edition is never superseded there).
  ...['submit', 'withdraw', 'approve', 'return'].map((step) => ({ operation: `standardEdition.${step}`, objectType: 'StandardEdition' })),
  ...KINDS.flatMap((k) => [k.audit.save, k.audit.remove].map((operation) => ({ operation, objectType: k.entity.name }))),
];

/** The registry as the API describes it (`standardKinds`), in registry order. */
export const kindInfos = () =>
  KINDS.map((k) => ({
    kind: k.kind,
    listField: k.list,
    saveMutation: k.saveMutation,
    inputType: k.input.name,
    keyFields: [...k.keyFields],
    reportKey: k.reportKey,
    auditOperations: [k.audit.save, k.audit.remove],
  }));
