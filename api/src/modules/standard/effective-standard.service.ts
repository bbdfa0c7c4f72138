import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgUnitView } from '../org-unit/org-unit.view.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OutletCategory, StandardEdition } from './standard.entities.js';
import type { EditionContent } from './standard.kinds.js';
import { EditionStatus } from './standard.types.js';
import { loadContents } from './standard.content.js';
import { LayerKind, editionValues, foldItems, foldLayers, valuesUnder, type EffectiveItem, type EffectiveValue, type Layer, type LayerSource, type PolicedContent } from './effective.js';
import { valuePath } from './policy.js';
import { localLayerSource } from './standard.ports.js';

/**
 * The effective standard of one unit: which layers apply, folded (effective.ts)
 * into values that each carry their policy and source, shaped for the API.
 *
 * Built for the integrators' read path. A published edition never changes
 * (the services and database triggers refuse it), so its content, its values
 * as a layer and the folded answer are kept in process per edition, and a
 * request that finds them costs no statement for the standard's content at
 * all. No invalidation is needed: a new edition has a new id, and which edition
 * is current stays a query on every request. The cached content is loaded
 * outside any identity map and everything derived from it is frozen, so no
 * request can change, flush or leak it into another's unit of work.
 */

/** A small least-recently-used map: a Map keeps insertion order, so the first key is the oldest. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}

interface PublishedEdition {
  content: EditionContent;
  layer: Layer;
}

/** The current edition and the one before it while a publication settles in, plus a few diffed against. */
const editions = new Lru<string, Promise<PublishedEdition>>(8);
/** Folded answers by their layers (ids and revisions): the same layers always fold the same way. */
const folds = new Lru<string, Answer>(64);

/** Forgets every cached edition and fold (tests use it to measure the cold path). */
export function clearEffectiveStandardCache(): void {
  editions.clear();
  folds.clear();
}

/** A published edition's content and its values as a layer, loaded once per process. */
export function publishedEdition(em: EntityManager, edition: StandardEdition, headOffice: { id: string; code: string }): Promise<PublishedEdition> {
  if (edition.status !== EditionStatus.PUBLISHED) throw new TypeError(`edition ${edition.code} is a draft; only published editions are layers`);
  let found = editions.get(edition.id);
  if (!found) {
    found = loadContents(em, [edition.id], undefined, { plain: true }).then((contents) => {
      const content = contents.get(edition.id)!;
      const source: LayerSource = Object.freeze({
        unitId: headOffice.id,
        unitCode: headOffice.code,
        layerKind: LayerKind.EDITION,
        layerId: edition.id,
        layerCode: edition.code,
        revision: edition.version,
      });
      return { content, layer: { source, values: editionValues(content as unknown as PolicedContent) } };
    });
    // A failed load (the database away for a moment) must not stay cached.
    const loading = found;
    loading.catch(() => {
      if (editions.get(edition.id) === loading) editions.delete(edition.id);
    });
    editions.set(edition.id, loading);
  }
  return found;
}

/** A folded value as the API shows it: lists of codes as { code, name } items, the overridden chain alike. */
export interface ShownValue extends Omit<EffectiveValue, 'overrode'> {
  overrode: ShownValue | null;
}

export function shown(v: EffectiveValue): ShownValue {
  const value =
    v.kind === 'CODE_LIST'
      ? (v.value as unknown[]).map((item) =>
          typeof item === 'string'
            ? { code: item, name: null }
            : { code: (item as { code: string }).code, name: (item as { name?: unknown; label?: unknown }).name ?? (item as { label?: unknown }).label ?? null },
        )
      : v.value;
  return Object.freeze({ ...v, value, overrode: v.overrode && shown(v.overrode) });
}

interface Answer {
  layers: readonly LayerSource[];
  /** The fold as it is, for the policy checks of local versions (code lists as stored). */
  raw: ReadonlyMap<string, EffectiveValue>;
  values: ReadonlyMap<string, ShownValue>;
  /** Items the branches on the path added (local positions, rules…), by path. */
  items: ReadonlyMap<string, EffectiveItem>;
  /** The same items in path order, sorted once per fold rather than on every request. */
  sortedItems: readonly EffectiveItem[];
  categories: ReadonlyMap<string, object>;
}

/** One category's values in the API's shape: its own descriptive fields, each policed value from the fold. */
function effectiveCategory(category: OutletCategory, values: ReadonlyMap<string, ShownValue>): object {
  const at = (...segments: string[]) => values.get(valuePath('outletCategories', category.code, ...segments)) ?? null;
  const keyed = (field: string) => valuesUnder(values as ReadonlyMap<string, EffectiveValue>, valuePath('outletCategories', category.code, field));
  const staffingNotes = new Map(category.staffing.map((s) => [s.position, s.note ?? null]));
  const zoneNotes = new Map(category.zones.map((z) => [z.zone, z.note ?? null]));
  const last = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return Object.freeze({
    code: category.code,
    name: category.name,
    description: category.description,
    notes: category.notes,
    marketingStaffMin: at('marketingStaffMin'),
    salesServiceStaffMin: at('salesServiceStaffMin'),
    lobbyStaffTotal: at('lobbyStaffTotal'),
    // Keyed entries come from the fold, so one a lower layer adds or drops is there or gone like any value.
    staffing: keyed('staffing').map((v) => ({ position: last(v.path), range: v, note: staffingNotes.get(last(v.path)) ?? null })),
    devices: keyed('devices').map((v) => ({ deviceType: last(v.path), min: v })),
    smartDevices: at('smartDevices'),
    zones: keyed('zones').map((v) => ({ zone: last(v.path), requirement: v, note: zoneNotes.get(last(v.path)) ?? null })),
    outboundMarketing: at('outboundMarketing'),
    values: valuesUnder(values as ReadonlyMap<string, EffectiveValue>, valuePath('outletCategories', category.code)),
  });
}

function fold(layers: readonly Layer[], content: EditionContent): Answer {
  const key = layers.map((l) => `${l.source.layerId}@${l.source.revision}`).join('>');
  let answer = folds.get(key);
  if (!answer) {
    const raw = foldLayers(layers);
    const values = new Map([...raw].map(([path, v]) => [path, shown(v)]));
    const categories = new Map((content as unknown as PolicedContent).outletCategories.map((c) => [c.code, effectiveCategory(c, values)]));
    const items = foldItems(layers);
    const sortedItems = Object.freeze([...items.values()].sort((a, b) => (a.path < b.path ? -1 : 1)));
    answer = { layers: layers.map((l) => l.source), raw, values, items, sortedItems, categories };
    folds.set(key, answer);
  }
  return answer;
}

export interface EffectiveStandardAnswer {
  orgUnit: OrgUnitView;
  edition: StandardEdition;
  /** The edition's content, for its list fields (the resolver hands it to the request's loader). */
  content: EditionContent;
  layers: readonly LayerSource[];
  values: ReadonlyMap<string, ShownValue>;
  /** The branches' local items in force here, in path order. */
  localItems: readonly EffectiveItem[];
  outletCategory: object | null;
}

/** A unit as the fold needs it: which one, and where it sits. */
export type ChainUnit = Pick<OrgUnitView, 'id' | 'code' | 'level'>;

/**
 * Head office's current edition and the approved local versions of `chain`
 * (units from head office down, in that order) as layers, folded. Costs one
 * statement for the local versions however many apply, plus the edition's
 * content the first time it is used in this process. Drafts, submitted and
 * returned versions are never layers.
 */
export async function foldedStandard(em: EntityManager, edition: StandardEdition, chain: readonly ChainUnit[]) {
  return (await foldedStandards(em, edition, [chain]))[0];
}

const isBranch = (u: ChainUnit) => u.level === OrgLevel.TIER_ONE_BRANCH || u.level === OrgLevel.TIER_TWO_BRANCH;

/**
 * `foldedStandard` for many chains at once, in the order given: the approved
 * local versions of every branch on any of the chains load in ONE statement,
 * so checking a page of outlets (or every outlet under a branch) costs the
 * same few statements as checking one. Chains through the same branches share
 * their fold (the fold is kept per set of layers).
 */
export async function foldedStandards(em: EntityManager, edition: StandardEdition, chains: readonly (readonly ChainUnit[])[]) {
  if (!chains.length) return [];
  const headOffice = chains[0].find((u) => u.level === OrgLevel.HEAD_OFFICE);
  for (const chain of chains) {
    if (!chain.some((u) => u.level === OrgLevel.HEAD_OFFICE)) throw new TypeError(`the chain ${chain.map((u) => u.code).join('/')} does not start at head office`);
  }
  const branches = new Map(chains.flatMap((chain) => chain.filter(isBranch)).map((u) => [u.id, u]));
  const [{ content, layer }, local] = await Promise.all([
    publishedEdition(em, edition, headOffice!),
    branches.size ? localLayerSource().approvedLayers(em, [...branches.values()]) : Promise.resolve([]),
  ]);
  const byUnit = new Map(local.map((l) => [l.source.unitId, l]));
  return chains.map((chain) => {
    const layers = [layer, ...chain.filter(isBranch).flatMap((u) => byUnit.get(u.id) ?? [])];
    return { content, layers, answer: fold(layers, content) };
  });
}

/** The value at `path` at every level of `chain`, head office first: what each level has in force, and whether that level set it. */
export async function valueAcrossLevels(em: EntityManager, edition: StandardEdition, chain: readonly ChainUnit[], path: string) {
  const { layers } = await foldedStandard(em, edition, chain);
  return chain.map((unit, i) => {
    const above = new Set(chain.slice(0, i + 1).map((u) => u.id));
    const value = foldLayers(layers.filter((l) => above.has(l.source.unitId))).get(path) ?? null;
    return { unit, value: value && shown(value), setHere: value?.setBy.unitId === unit.id };
  });
}

/**
 * The standard that applies to `unit`: the current edition `edition` as head
 * office's layer, then the approved local versions of the branches on `chain`
 * (the unit's path from head office down, as far as the caller may read it).
 */
export async function effectiveStandard(
  em: EntityManager,
  unit: OrgUnitView,
  edition: StandardEdition,
  chain: readonly OrgUnitView[],
): Promise<EffectiveStandardAnswer> {
  const { content, answer } = await foldedStandard(em, edition, chain);
  const outletCategory = unit.level === OrgLevel.OUTLET && unit.category ? (answer.categories.get(unit.category) ?? null) : null;
  return { orgUnit: unit, edition, content, layers: answer.layers, values: answer.values, localItems: answer.sortedItems, outletCategory };
}
