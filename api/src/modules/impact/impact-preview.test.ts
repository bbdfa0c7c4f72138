import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient, personAt } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/auth/roles.js';
import { LocalVersion } from '../local-version/local-version.entity.js';

/**
 * Issue 10: the impact preview on the demo network (three provinces, two
 * tier-two units each, 18 outlets: 5 large, 6 medium, 7 general), for a
 * tier-two draft (Foshan's submitted version), a tier-one draft (Jiangsu) and a
 * head-office draft edition.
 */

type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
let db: TestDatabase;
const clients: Record<string, Client> = {};

const MARKETING_LARGE = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';
const REPLY_DAYS = 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS';


beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  const make = async (key: string, actor: Actor) => (clients[key] = await createGraphqlClient(db.orm, actor));
  await make('js', await personAt(db.orm, 'JS', 'js_staff', [Role.BRANCH_STAFF, Role.APPROVER]));
  await make('ho', await actorFor(db.orm, 'ho_staff'));
  await make('gd', await actorFor(db.orm, 't1_staff'));
  await make('outletHead', await actorFor(db.orm, 'outlet_head'));
});
afterAll(async () => {
  for (const c of Object.values(clients)) await c.stop();
  await db?.close();
});

const SIDE = `path setBy { unitCode layerKind layerCode } ... on IntValue { value }`;
const PREVIEW = `query($id: ID, $e: String) { impactPreview(localVersionId: $id, editionCode: $e) {
  subjectKind subjectCode outletsBelow outletsAffected unitsAffected
  groups { tierOneCode tierTwoCode tierTwoBranch { code } outletCategory outlets changes { path before { ${SIDE} } after { ${SIDE} } } } } }`;

const idOf = async (code: string) => (await db.orm.em.fork().findOneOrFail(LocalVersion, { code })).id;

describe('impactPreview of a local version', () => {
  it("shows Guangdong's approver that Foshan's submitted version moves the large outlet's marketing minimum from 12 (head office) to 14", async () => {
    const preview = (await clients.gd.ok(PREVIEW, { id: await idOf('GD-FS-2026-01') })).impactPreview;
    expect(preview).toEqual({
      subjectKind: 'LOCAL_VERSION',
      subjectCode: 'GD-FS-2026-01',
      outletsBelow: 3,
      outletsAffected: 1,
      unitsAffected: 3, // the outlet, Foshan and Guangdong
      groups: [
        {
          tierOneCode: 'GD',
          tierTwoCode: 'GD-FS',
          tierTwoBranch: { code: 'GD-FS' },
          outletCategory: 'LARGE_FULL_FUNCTION',
          outlets: 1,
          changes: [
            {
              path: MARKETING_LARGE,
              before: { path: MARKETING_LARGE, setBy: { unitCode: 'HO', layerKind: 'EDITION', layerCode: 'HO-2026-01' }, value: 12 },
              after: { path: MARKETING_LARGE, setBy: { unitCode: 'GD-FS', layerKind: 'LOCAL_VERSION', layerCode: 'GD-FS-2026-01' }, value: 14 },
            },
          ],
        },
      ],
    });
  });

  it('reaches every outlet of a tier-one draft, by tier-two branch and category, and the large ones twice', async () => {
    const created = (await clients.js.ok(`mutation($i: CreateLocalVersionInput!) { createLocalVersion(input: $i) { id version } }`, {
      i: { orgUnitCode: 'JS', code: 'JS-2026-01', title: { zh: '江苏省分行本地化', en: 'Jiangsu localized' } },
    })).createLocalVersion;
    const SET = `mutation($i: SetLocalValueInput!) { setLocalValue(input: $i) { id version } }`;
    const first = (await clients.js.ok(SET, { i: { id: created.id, expectedVersion: created.version, path: REPLY_DAYS, value: 2 } })).setLocalValue;
    await clients.js.ok(SET, { i: { id: first.id, expectedVersion: first.version, path: MARKETING_LARGE, value: 13 } });

    const preview = (await clients.js.ok(PREVIEW, { id: created.id })).impactPreview;
    expect(preview).toMatchObject({ subjectCode: 'JS-2026-01', outletsBelow: 6, outletsAffected: 6, unitsAffected: 6 + 3 });
    expect(preview.groups.map((g: any) => [g.tierTwoCode, g.outletCategory, g.outlets, g.changes.map((c: any) => `${c.path}:${c.before.value}>${c.after.value}`)])).toEqual([
      ['JS-NJGL', 'GENERAL', 1, [`${REPLY_DAYS}:3>2`]],
      ['JS-NJGL', 'LARGE_FULL_FUNCTION', 1, [`${MARKETING_LARGE}:12>13`, `${REPLY_DAYS}:3>2`]],
      ['JS-NJGL', 'MEDIUM_FULL_FUNCTION', 1, [`${REPLY_DAYS}:3>2`]],
      ['JS-SZ', 'GENERAL', 1, [`${REPLY_DAYS}:3>2`]],
      ['JS-SZ', 'LARGE_FULL_FUNCTION', 1, [`${MARKETING_LARGE}:12>13`, `${REPLY_DAYS}:3>2`]],
      ['JS-SZ', 'MEDIUM_FULL_FUNCTION', 1, [`${REPLY_DAYS}:3>2`]],
    ]);
    expect(preview.groups.every((g: any) => g.tierOneCode === 'JS')).toBe(true);
  });

  it('answers only those who may read the draft, and previews only versions not yet in force', async () => {
    const foshan = await idOf('GD-FS-2026-01');
    const hidden = await clients.outletHead.run(PREVIEW, { id: foshan });
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'localVersionId' });
    const inForce = await clients.gd.run(PREVIEW, { id: await idOf('GD-2026-01') });
    expect(inForce.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'localVersionId', rule: 'not-in-force-yet' });
    const both = await clients.ho.run(PREVIEW, { id: foshan, e: 'HO-2026-01' });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'one-subject' });
  });
});

/** A draft edition's outlet categories, read and saved whole (both describes below edit them). */
const CATEGORY = `query($e: String!) { standardEdition(code: $e) { version outletCategories { code name { zh en } description { zh en }
  marketingStaffMin { value policy } salesServiceStaffMin { value policy } lobbyStaffTotal { value { min max } policy }
  staffing { position value { min max } policy note { zh en } } devices { deviceType value policy } smartDevices { value policy }
  zones { zone value note { zh en } policy } outboundMarketing { value { zh en } policy } notes { zh en } } } }`;
const SAVE = `mutation($e: String!, $v: Int!, $input: OutletCategoryInput!) { saveOutletCategory(editionCode: $e, expectedVersion: $v, input: $input) { version } }`;

describe('impactPreview of a head-office draft edition', () => {
  const DRAFT = `mutation($input: CreateStandardDraftInput!) { createStandardDraft(input: $input) { code version } }`;

  it('affects nothing while the draft repeats the edition in force, then every general outlet once it raises their minimum', async () => {
    await clients.ho.ok(DRAFT, { input: { code: 'HO-2027-01', title: { zh: '2027年版', en: '2027 edition' }, basedOnCode: 'HO-2026-01' } });
    const unchanged = (await clients.ho.ok(PREVIEW, { e: 'HO-2027-01' })).impactPreview;
    expect(unchanged).toMatchObject({ subjectKind: 'EDITION', subjectCode: 'HO-2027-01', outletsBelow: 18, outletsAffected: 0, unitsAffected: 0, groups: [] });

    const data = (await clients.ho.ok(CATEGORY, { e: 'HO-2027-01' })).standardEdition;
    const general = data.outletCategories.find((c: any) => c.code === 'GENERAL');
    const before = general.marketingStaffMin.value;
    general.marketingStaffMin.value = before + 1;
    await clients.ho.ok(SAVE, { e: 'HO-2027-01', v: data.version, input: general });

    db.resetQueries();
    const preview = (await clients.ho.ok(PREVIEW, { e: 'HO-2027-01' })).impactPreview;
    const statements = db.queries.length;
    expect(preview).toMatchObject({ outletsBelow: 18, outletsAffected: 7 });
    expect(preview.groups.map((g: any) => g.tierTwoCode)).toEqual(['GD-FS', 'GD-GZTH', 'JS-NJGL', 'JS-SZ', 'SC-CDJJ', 'SC-MY']);
    expect(preview.groups.every((g: any) => g.outletCategory === 'GENERAL')).toBe(true);
    expect(preview.groups.reduce((n: number, g: any) => n + g.outlets, 0)).toBe(7);
    const path = 'outletCategories/GENERAL/marketingStaffMin';
    expect(preview.groups[0].changes).toEqual([
      {
        path,
        before: { path, setBy: { unitCode: 'HO', layerKind: 'EDITION', layerCode: 'HO-2026-01' }, value: before },
        after: { path, setBy: { unitCode: 'HO', layerKind: 'EDITION', layerCode: 'HO-2027-01' }, value: before + 1 },
      },
    ]);
    // A fixed number of statements whatever the network's size: the draft, the edition in force, the draft's content
    // (one per kind, 7), the grouped count, the branches' codes, their approved versions, and the branches' views for
    // the answer (batched). The edition in force is cached in process.
    expect(statements).toBe(13);
    expect(db.queries.filter((q) => /from "?org_unit"?/.test(q) && /count\(/.test(q))).toHaveLength(1);

    const hidden = await clients.gd.run(PREVIEW, { e: 'HO-2027-01' });
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'editionCode' });
    const published = await clients.ho.run(PREVIEW, { e: 'HO-2026-01' });
    expect(published.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'editionCode', rule: 'draft-only' });
  });
});

describe('impactPreview: outlets that would start or stop meeting the standard', () => {
  const COMPLIANCE = `query($id: ID, $e: String) { impactPreview(localVersionId: $id, editionCode: $e) {
    compliance { outletsAssessed stopMeeting startMeeting examples { outletCode nameZh direction gapKinds } } } }`;

  it('measures nothing below a branch whose outlets have no approved facts', async () => {
    const preview = (await clients.gd.ok(COMPLIANCE, { id: await idOf('GD-FS-2026-01') })).impactPreview;
    expect(preview.compliance).toEqual({ outletsAssessed: 0, stopMeeting: 0, startMeeting: 0, examples: [] });
  });

  it('counts Gulou Square as stopping when large outlets need fifteen marketing staff, and Fucheng as starting when a VIP zone becomes optional', async () => {
    // The draft edition of the test above (general outlets' minimum raised): no approved plan is of a general outlet.
    const unchanged = (await clients.ho.ok(COMPLIANCE, { e: 'HO-2027-01' })).impactPreview.compliance;
    expect(unchanged).toEqual({ outletsAssessed: 4, stopMeeting: 0, startMeeting: 0, examples: [] });

    let data = (await clients.ho.ok(CATEGORY, { e: 'HO-2027-01' })).standardEdition;
    const large = data.outletCategories.find((c: any) => c.code === 'LARGE_FULL_FUNCTION');
    large.marketingStaffMin.value = 15;
    await clients.ho.ok(SAVE, { e: 'HO-2027-01', v: data.version, input: large });
    data = (await clients.ho.ok(CATEGORY, { e: 'HO-2027-01' })).standardEdition;
    const medium = data.outletCategories.find((c: any) => c.code === 'MEDIUM_FULL_FUNCTION');
    medium.zones = medium.zones.map((z: any) => (z.zone === 'VIP' ? { ...z, value: 'OPTIONAL' } : z));
    await clients.ho.ok(SAVE, { e: 'HO-2027-01', v: data.version, input: medium });

    db.resetQueries();
    const delta = (await clients.ho.ok(COMPLIANCE, { e: 'HO-2027-01' })).impactPreview.compliance;
    const statements = db.queries.length;
    // JS-NJGL-01 has twelve marketing staff; GD-GZTH-01 has fifteen and still complies. SC-MY-01 lacked only its VIP zone.
    expect(delta).toEqual({
      outletsAssessed: 4,
      stopMeeting: 1,
      startMeeting: 1,
      examples: [
        { outletCode: 'JS-NJGL-01', nameZh: '鼓楼广场网点', direction: 'STOPS', gapKinds: ['STAFF_BELOW_MINIMUM'] },
        { outletCode: 'SC-MY-01', nameZh: '绵阳涪城支行营业部', direction: 'STARTS', gapKinds: ['ZONE_MISSING'] },
      ],
    });
    // The preview's statements (13 with the branches' views, which this query does not ask for: 12) and three for the delta:
    // the approved plans, and the branches and their approved local versions for the outlets' standards.
    expect(statements).toBe(12 + 3);
  });
});
