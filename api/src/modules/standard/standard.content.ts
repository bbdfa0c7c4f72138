import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderContext } from '../../shared/loaders.js';
import {
  Classifier,
  CustomerTier,
  DeviceType,
  OutletCategory,
  Position,
  ServiceRule,
  StandardEdition,
  Zone,
} from './standard.entities.js';
import { ChangeType, StandardItemKind, type ItemDiff, type ValidationProblem } from './standard.inputs.js';
import { CustomerSegment, EditionStatus, PositionKind, type IntRange } from './standard.types.js';
import { independentQueries } from '../../shared/queries.js';

/** Everything one edition holds, each list ordered by code. */
export interface EditionContent {
  positions: Position[];
  zones: Zone[];
  deviceTypes: DeviceType[];
  outletCategories: OutletCategory[];
  customerTiers: CustomerTier[];
  classifiers: Classifier[];
  serviceRules: ServiceRule[];
}

/** Content kinds: the entity, the GraphQL kind and the key of an item inside its edition. */
export const KINDS = [
  { kind: StandardItemKind.POSITION, entity: Position, list: 'positions', key: (i: Position) => i.code },
  { kind: StandardItemKind.ZONE, entity: Zone, list: 'zones', key: (i: Zone) => i.code },
  { kind: StandardItemKind.DEVICE_TYPE, entity: DeviceType, list: 'deviceTypes', key: (i: DeviceType) => i.code },
  { kind: StandardItemKind.OUTLET_CATEGORY, entity: OutletCategory, list: 'outletCategories', key: (i: OutletCategory) => i.code },
  { kind: StandardItemKind.CUSTOMER_TIER, entity: CustomerTier, list: 'customerTiers', key: (i: CustomerTier) => i.code },
  { kind: StandardItemKind.CLASSIFIER, entity: Classifier, list: 'classifiers', key: (i: Classifier) => `${i.kind}/${i.code}` },
  { kind: StandardItemKind.SERVICE_RULE, entity: ServiceRule, list: 'serviceRules', key: (i: ServiceRule) => i.code },
] as const;

export type KindSpec = (typeof KINDS)[number];
export const kindSpec = (kind: StandardItemKind) => KINDS.find((k) => k.kind === kind)!;

/** Loads whole editions: one statement per content kind, for any number of editions. */
export async function loadContents(em: EntityManager, editionIds: readonly string[]): Promise<Map<string, EditionContent>> {
  const result = new Map<string, EditionContent>(
    editionIds.map((id) => [
      id,
      { positions: [], zones: [], deviceTypes: [], outletCategories: [], customerTiers: [], classifiers: [], serviceRules: [] },
    ]),
  );
  // Drafts and publication load contents inside their transaction, hence not a plain Promise.all.
  await independentQueries(
    em,
    KINDS.map(({ entity, list }) => async () => {
      const rows = await em.find(entity as never, { edition: { $in: [...editionIds] } } as never, { orderBy: { code: 'asc' } as never });
      for (const row of rows as { edition: { id: string } }[]) (result.get(row.edition.id)![list] as unknown[]).push(row);
    }),
  );
  return result;
}

export const editionContent = ({ em }: LoaderContext) =>
  new DataLoader<string, EditionContent>(async (ids) => {
    const contents = await loadContents(em, ids);
    return ids.map((id) => contents.get(id)!);
  });

export const editionById = ({ em }: LoaderContext) =>
  new DataLoader<string, StandardEdition | null>(async (ids) => {
    const found = await em.find(StandardEdition, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((e) => e.id === id) ?? null);
  });

export const editionByCode = ({ em }: LoaderContext) =>
  new DataLoader<string, StandardEdition | null>(async (codes) => {
    const found = await em.find(StandardEdition, { code: { $in: [...codes] } });
    return codes.map((c) => found.find((e) => e.code === c) ?? null);
  });

export const currentEdition = ({ em }: LoaderContext) =>
  new DataLoader<'current', StandardEdition | null>(async (keys) => {
    const edition = await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
    return keys.map(() => edition);
  });

/**
 * Plain JSON with absent optional values dropped: `null` and "not given" mean
 * the same in the standard, so they must compare (and be stored) the same.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object') {
    const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, compact(v)])) as T;
  }
  return value;
}

/** An item as plain data, without row identity: what the diff compares and drafts copy. */
export function itemData(item: object): Record<string, unknown> {
  const { id: _id, edition: _edition, ...rest } = item as Record<string, unknown>;
  return compact(rest);
}

/** Field-by-field differences between two editions' content. */
export function diffContents(from: EditionContent, to: EditionContent): ItemDiff[] {
  const changes: ItemDiff[] = [];
  for (const spec of KINDS) {
    const key = spec.key as (i: object) => string;
    const before = new Map((from[spec.list] as object[]).map((i) => [key(i), itemData(i)]));
    const after = new Map((to[spec.list] as object[]).map((i) => [key(i), itemData(i)]));
    const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const code of codes) {
      const b = before.get(code);
      const a = after.get(code);
      const fieldNames = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
      const fields = fieldNames
        .filter((f) => JSON.stringify(b?.[f] ?? null) !== JSON.stringify(a?.[f] ?? null))
        .map((field) => ({ field, before: b ? (b[field] ?? null) : null, after: a ? (a[field] ?? null) : null }));
      if (!b) changes.push({ kind: spec.kind, code, change: ChangeType.ADDED, fields });
      else if (!a) changes.push({ kind: spec.kind, code, change: ChangeType.REMOVED, fields });
      else if (fields.length) changes.push({ kind: spec.kind, code, change: ChangeType.CHANGED, fields });
    }
  }
  return changes;
}

/**
 * What keeps a draft from being published: missing pieces, references to
 * things the edition does not define, contradictory figures, overlapping
 * customer-tier thresholds.
 */
export function validateContent(c: EditionContent): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (path: string, rule: string, message: string) => problems.push({ path, rule, message });
  const positionCodes = new Set(c.positions.map((p) => p.code));
  const postCodes = new Set(c.positions.filter((p) => p.kind === PositionKind.POSITION).map((p) => p.code));
  const zoneCodes = new Set(c.zones.map((z) => z.code));
  const deviceCodes = new Set(c.deviceTypes.map((d) => d.code));
  const range = (path: string, r: IntRange) => {
    if (r.min < 0) add(path, 'non-negative', 'minimum must not be negative');
    if (r.max !== null && r.max < r.min) add(path, 'min-max', `maximum ${r.max} is below minimum ${r.min}`);
  };

  if (!c.outletCategories.length) add('outletCategory', 'required', 'the edition defines no outlet category');
  if (!postCodes.size) add('position', 'required', 'the edition defines no position');
  if (!c.zones.length) add('zone', 'required', 'the edition defines no functional zone');

  for (const p of c.positions) {
    if (p.reportsTo && p.reportsTo !== 'UPPER_BRANCH' && !postCodes.has(p.reportsTo)) {
      add(`position/${p.code}/reportsTo`, 'exists', `reports to ${p.reportsTo}, which is not a position of this edition`);
    }
  }
  for (const z of c.zones) {
    for (const code of z.positions) {
      if (!positionCodes.has(code)) add(`zone/${z.code}/positions`, 'exists', `names position ${code}, which this edition does not define`);
    }
  }
  for (const cat of c.outletCategories) {
    const at = `outletCategory/${cat.code}`;
    if (!cat.staffing.length) add(`${at}/staffing`, 'required', 'has no staffing standard');
    if (cat.marketingStaffMin.value < 1) add(`${at}/marketingStaffMin`, 'positive', 'must require at least one person');
    range(`${at}/lobbyStaffTotal`, cat.lobbyStaffTotal.range);
    const mins = cat.staffing.reduce((sum, s) => sum + s.range.min, 0);
    for (const s of cat.staffing) {
      if (!postCodes.has(s.position)) add(`${at}/staffing/${s.position}`, 'exists', `position ${s.position} is not defined in this edition`);
      range(`${at}/staffing/${s.position}`, s.range);
    }
    if (mins > cat.marketingStaffMin.value && cat.staffing.length) {
      // The per-position minimums may add up below the total (the rest are free posts), never above.
      add(`${at}/marketingStaffMin`, 'covers-positions', `per-position minimums add up to ${mins}, more than the total minimum ${cat.marketingStaffMin.value}`);
    }
    for (const d of cat.devices) {
      if (!deviceCodes.has(d.deviceType)) add(`${at}/devices/${d.deviceType}`, 'exists', `device type ${d.deviceType} is not defined`);
      if (d.min < 0) add(`${at}/devices/${d.deviceType}`, 'non-negative', 'minimum must not be negative');
    }
    for (const code of cat.smartDevices?.deviceTypes ?? []) {
      if (!deviceCodes.has(code)) add(`${at}/smartDevices/${code}`, 'exists', `device type ${code} is not defined`);
    }
    for (const z of cat.zones) {
      if (!zoneCodes.has(z.zone)) add(`${at}/zones/${z.zone}`, 'exists', `zone ${z.zone} is not defined`);
    }
  }
  for (const t of c.customerTiers) {
    const at = `customerTier/${t.code}`;
    for (const code of t.positions) if (!positionCodes.has(code)) add(`${at}/positions`, 'exists', `position ${code} is not defined`);
    for (const code of t.zones) if (!zoneCodes.has(code)) add(`${at}/zones`, 'exists', `zone ${code} is not defined`);
    if (t.assetsFrom && t.assetsBelow && t.assetsBelow.amount <= t.assetsFrom.amount) {
      add(`${at}/assetsBelow`, 'min-max', 'the upper threshold must be above the lower one');
    }
  }
  // Individual tiers defined by asset bands must not overlap: a client belongs to one band.
  const bands = c.customerTiers
    .filter((t) => t.segment === CustomerSegment.INDIVIDUAL && (t.assetsFrom || t.assetsBelow))
    .map((t) => ({ code: t.code, from: t.assetsFrom?.amount ?? 0, below: t.assetsBelow?.amount ?? Infinity }))
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].from < bands[i - 1].below) {
      add(`customerTier/${bands[i].code}/assetsFrom`, 'no-overlap', `the asset band overlaps ${bands[i - 1].code}'s`);
    }
  }
  for (const r of c.serviceRules) {
    for (const p of r.parameters) {
      const at = `serviceRule/${r.code}/parameters/${p.code}`;
      const set = { INTEGER: p.intValue != null, RANGE: !!p.range, MONEY: !!p.money, CODE_LIST: !!p.codes?.length, TEXT_LIST: !!p.texts?.length };
      if (!set[p.type]) add(at, 'value-required', `a ${p.type} parameter needs its value`);
      if (p.range) range(at, p.range);
    }
  }
  return problems;
}
