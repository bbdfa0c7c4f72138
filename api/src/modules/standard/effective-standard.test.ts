import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { toView } from '../org-unit/org-unit.view.js';
import { OutletCategory, StandardEdition } from './standard.entities.js';
import { clearEffectiveStandardCache, effectiveStandard } from './effective-standard.service.js';
import { POLICED_VALUES, policedValueFor } from './policy.js';

let db: TestDatabase;
let outletHead: Awaited<ReturnType<typeof createGraphqlClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  outletHead = await createGraphqlClient(db.orm, await actorFor(db.orm, 'outlet_head'));
});
afterAll(async () => {
  await outletHead?.stop();
  await db?.close();
});

const SOURCE = 'setBy { unitCode unit { code name { zh } } layerKind layerCode revision }';
const VALUE = `path kind policy ${SOURCE}
  ... on IntValue { value overrode { value } }
  ... on RangeValue { range: value { min max } }
  ... on MoneyValue { money: value { amount currency } }
  ... on TextValue { text: value { zh en } }
  ... on TextListValue { texts: value { zh en } }
  ... on CodeListValue { codes: value { code name { zh en } } overrode { codes: value { code } } }
  ... on RequirementValue { requirement: value }`;
/** Everything an integrator can ask of one outlet: the typed category, every value by path, and the edition's lists. */
const EVERYTHING = `query($code: String!) { effectiveStandard(orgUnitCode: $code) {
  orgUnit { code } layers { unitCode layerCode revision unit { code } }
  outletCategory { code name { zh } marketingStaffMin { value policy ${SOURCE} overrode { value } } salesServiceStaffMin { value }
    lobbyStaffTotal { value { min max } policy } staffing { position note { zh } range { value { min max } policy ${SOURCE} } }
    devices { deviceType min { value policy ${SOURCE} } } smartDevices { value { code } policy } zones { zone requirement { value policy } }
    outboundMarketing { value { zh en } policy ${SOURCE} } notes { zh } values { path } }
  values { ${VALUE} }
  edition { code positions { code duties { value { zh } } } zones { code equipment { value { code } } } customerTiers { code assetsFrom { value { amount } } }
    serviceRules { code parameters { code ... on IntParameter { value } } } outletCategories { code } deviceTypes { code } classifiers { code } } } }`;

describe('effectiveStandard', () => {
  it("gives the outlet head their outlet's values, each with its policy and source: head office, edition HO-2026-01", async () => {
    const edition = await db.orm.em.fork().findOneOrFail(StandardEdition, { code: 'HO-2026-01' });
    const e = (await outletHead.ok(EVERYTHING, { code: 'GD-FS-01' })).effectiveStandard;
    const ho = { unitCode: 'HO', unit: { code: 'HO', name: { zh: '总行' } }, layerKind: 'EDITION', layerCode: 'HO-2026-01', revision: edition.version };
    // Guangdong's approved local version (demo data) is the second layer; Foshan's submitted one is not a layer.
    expect(e.layers).toEqual([
      { unitCode: 'HO', layerCode: 'HO-2026-01', revision: edition.version, unit: { code: 'HO' } },
      { unitCode: 'GD', layerCode: 'GD-2026-01', revision: expect.any(Number), unit: { code: 'GD' } },
    ]);
    const c = e.outletCategory;
    expect(c.marketingStaffMin).toEqual({ value: 12, policy: 'RAISE_ONLY', setBy: ho, overrode: null });
    expect(c.lobbyStaffTotal.value).toEqual({ min: 4, max: 6 });
    expect(c.staffing.find((s: any) => s.position === 'LOBBY_MANAGER').range).toEqual({ value: { min: 2, max: 3 }, policy: expect.any(String), setBy: ho });
    expect(Object.fromEntries(c.devices.map((d: any) => [d.deviceType, d.min.value]))).toEqual({ ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 });
    expect(c.outboundMarketing.setBy).toEqual(ho);
    expect(c.values.map((v: any) => v.path)).toContain('outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin');
    expect(c.values.every((v: any) => v.path.startsWith('outletCategories/LARGE_FULL_FUNCTION/'))).toBe(true);
  });

  it('lists every policed value of the standard by path, typed by its kind, set by head office except what Guangdong localized', async () => {
    const { values } = (await outletHead.ok(EVERYTHING, { code: 'GD-FS-01' })).effectiveStandard;
    expect(new Set(values.map((v: any) => policedValueFor(v.path)?.pattern))).toEqual(new Set(POLICED_VALUES.map((p) => p.pattern)));
    const byGuangdong = values.filter((v: any) => v.setBy.unitCode === 'GD');
    expect(byGuangdong.map((v: any) => v.path).sort()).toEqual([
      'customerTiers/MID_HIGH_END/assetsFrom',
      'customerTiers/POTENTIAL/assetsBelow',
      // Guangdong's own wealth-manager position (a local item): its staffing in large outlets and its duties.
      'outletCategories/LARGE_FULL_FUNCTION/staffing/WEALTH_MANAGER',
      'positions/WEALTH_MANAGER/duties',
      'serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS',
    ]);
    expect(byGuangdong.every((v: any) => v.setBy.layerKind === 'LOCAL_VERSION' && v.setBy.layerCode === 'GD-2026-01')).toBe(true);
    expect(values.filter((v: any) => v.setBy.unitCode !== 'GD').every((v: any) => v.setBy.layerCode === 'HO-2026-01' && v.setBy.unitCode === 'HO')).toBe(true);
    const at = (path: string) => values.find((v: any) => v.path === path);
    expect(at('customerTiers/MID_HIGH_END/personalLoansFrom')).toMatchObject({ kind: 'MONEY', money: { amount: 500000, currency: 'CNY' } });
    expect(at('serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS')).toMatchObject({ kind: 'INTEGER', value: 3, overrode: null });
    const plans = at('serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS');
    expect(plans.kind).toBe('CODE_LIST');
    expect(plans.codes).toHaveLength(14); // head office's 13 and Guangdong's typhoon plan
    expect(plans.overrode.codes).toHaveLength(13);
    expect(plans.codes.every((p: any) => p.code && p.name.zh && p.name.en)).toBe(true);
    expect(at('positions/LOBBY_MANAGER/duties')).toMatchObject({ kind: 'TEXT_LIST', policy: 'EXTEND_ONLY' });
    expect(at('outletCategories/GENERAL/zones/SUPPORT')).toMatchObject({ kind: 'REQUIREMENT', requirement: 'REQUIRED', policy: 'LOCKED' });

    const under = (await outletHead.ok(`{ effectiveStandard(orgUnitCode: "GD-FS-01") { values(under: "customerTiers/MASS") { path } } }`)).effectiveStandard.values;
    expect(under.map((v: any) => v.path)).toEqual(['customerTiers/MASS/assetsBelow']);
  });

  it('costs a fixed number of statements however much is selected, and fewer once the edition is cached', async () => {
    const small = `{ effectiveStandard(orgUnitCode: "GD-FS-01") { outletCategory { marketingStaffMin { value } } } }`;
    clearEffectiveStandardCache();
    db.resetQueries();
    await outletHead.ok(EVERYTHING, { code: 'GD-FS-01' });
    const cold = db.queries.length;
    expect(db.queries.filter((q) => /std_/.test(q))).toHaveLength(7);
    // The unit, the current edition, the chain of units, the approved local versions on it, and one statement per content kind.
    expect(cold).toBeLessThanOrEqual(11);

    db.resetQueries();
    const again = (await outletHead.ok(EVERYTHING, { code: 'GD-FS-01' })).effectiveStandard;
    const warm = db.queries.length;
    expect(again.values.length).toBeGreaterThan(100);
    db.resetQueries();
    await outletHead.ok(small, {});
    const warmSmall = db.queries.length;
    // Cached: only the unit, the current edition, the chain and its approved local versions; none of the edition's content is read again.
    expect(warm).toBe(4);
    expect(warm).toBeLessThan(cold);
    expect(warmSmall).toBe(warm);
    expect(db.queries.some((q) => /std_/.test(q))).toBe(false);
  });

  it('answers plain objects that the request’s unit of work never tracks', async () => {
    clearEffectiveStandardCache();
    const em = db.orm.em.fork();
    const unit = await em.findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
    const chain = await em.find(OrgUnit, { id: { $in: unit.pathIds() } });
    const edition = await em.findOneOrFail(StandardEdition, { isCurrent: true });
    const answer = await effectiveStandard(em, toView(unit), edition, chain.map(toView));
    expect(answer.content.outletCategories.length).toBe(3);
    const tracked = [...em.getUnitOfWork().getIdentityMap()].filter((e) => e instanceof OutletCategory);
    expect(tracked).toEqual([]);
    expect(Object.isFrozen(answer.values.get('outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin'))).toBe(true);
    expect(Object.isFrozen(answer.outletCategory)).toBe(true);
  });
});
