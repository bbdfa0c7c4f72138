import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import { toRuleParameter } from '../../seed-standard.js';
import { authenticate } from '../session/authenticate.js';
import { loadSecurityConfig } from '../../config.js';
import { DEMO_API_TOKEN } from '../../../../seeds/demo-identities.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { approveAndPublish } from '../../../../test/support/editions.js';

let db: TestDatabase;
let author: Awaited<ReturnType<typeof createGraphqlClient>>;
let approver: Awaited<ReturnType<typeof createGraphqlClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  approver = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_approver'));
});
afterAll(async () => {
  await author?.stop();
  await approver?.stop();
  await db?.close();
});

const TEXT = '{ zh en }';
const MONEY = '{ value { amount currency } policy }';
/** A parameter's value under the name of the input field that carries it, so answers compare with inputs. */
const PARAMETER_VALUES = `... on IntParameter { intValue: value } ... on RangeParameter { range: value { min max } }
  ... on MoneyParameter { money: value { amount currency } } ... on CodeListParameter { codes: value { code label ${TEXT} } }
  ... on TextListParameter { texts: value ${TEXT} }`;
const EFFECTIVE = `query($code: String!) { effectiveStandard(orgUnitCode: $code) {
  orgUnit { code category } layers { unitCode layerKind layerCode } edition { code status isCurrent }
  outletCategory { code marketingStaffMin { value policy setBy { unitCode layerCode } } devices { deviceType min { value policy } } }
  edition {
    positions { code kind name ${TEXT} reportsTo summary ${TEXT} duties { value ${TEXT} policy } capabilities ${TEXT} }
    zones { code name ${TEXT} purpose ${TEXT} principles ${TEXT} positions equipment { value { code name ${TEXT} } policy } }
    deviceTypes { code name ${TEXT} kind }
    outletCategories { code name ${TEXT} description ${TEXT} marketingStaffMin { value policy } salesServiceStaffMin { value policy }
      lobbyStaffTotal { value { min max } policy } staffing { position value { min max } policy note ${TEXT} }
      devices { deviceType value policy } smartDevices { value policy } zones { zone value note ${TEXT} policy }
      outboundMarketing { value ${TEXT} policy } notes ${TEXT} }
    customerTiers { code segment name ${TEXT} rule ${TEXT} assetsFrom ${MONEY} assetsBelow ${MONEY}
      personalLoansFrom ${MONEY} thresholdPolicyReason ${TEXT} principle ${TEXT} positions zones }
    classifiers { kind code name ${TEXT} }
    serviceRules { code category title ${TEXT} text ${TEXT} core parameters { code name ${TEXT} policy type unit ${PARAMETER_VALUES} } }
  } } }`;

/** Removes nulls the API adds for absent optional fields, so seed data and API answers compare directly. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}
const byCode = <T extends { code: string }>(list: T[]) => [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

describe('the seeded head-office standard', () => {
  it('is published, current, and returned whole by effectiveStandard for an outlet, exactly as seeded', async () => {
    db.resetQueries();
    const data = (await author.ok(EFFECTIVE, { code: 'GD-FS-01' })).effectiveStandard;
    // Bounded: the unit, head office, the current edition and one statement per content kind.
    expect(db.queries.length).toBeLessThanOrEqual(12);
    expect(data.edition).toMatchObject({ code: 'HO-2026-01', status: 'PUBLISHED', isCurrent: true });
    // Head office's edition, then Guangdong's approved local version (demo data); Foshan's is only submitted.
    expect(data.layers).toEqual([
      { unitCode: 'HO', layerKind: 'EDITION', layerCode: 'HO-2026-01' },
      { unitCode: 'GD', layerKind: 'LOCAL_VERSION', layerCode: 'GD-2026-01' },
    ]);
    expect(data.outletCategory.marketingStaffMin).toEqual({ value: 12, policy: 'RAISE_ONLY', setBy: { unitCode: 'HO', layerCode: 'HO-2026-01' } });
    expect(Object.fromEntries(data.outletCategory.devices.map((d: any) => [d.deviceType, d.min.value]))).toEqual({ ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 });
    expect(data.orgUnit).toEqual({ code: 'GD-FS-01', category: 'LARGE_FULL_FUNCTION' });
    const e = data.edition;

    const positions = [...bankStandard.positions.map((p) => ({ ...p, kind: 'POSITION' })),
      ...bankStandard.supportRoles.map((r) => ({ ...r, kind: 'SUPPORT_ROLE', duties: { value: [], policy: 'EXTEND_ONLY' }, capabilities: [] }))];
    expect(withoutNulls(e.positions)).toEqual(withoutNulls(byCode(positions)));
    expect(withoutNulls(e.zones)).toEqual(withoutNulls(byCode(bankStandard.zones)));
    expect(withoutNulls(e.deviceTypes)).toEqual(withoutNulls(byCode(bankStandard.deviceTypes)));
    expect(withoutNulls(e.outletCategories)).toEqual(withoutNulls(byCode(bankStandard.categories)));
    expect(withoutNulls(e.customerTiers)).toEqual(withoutNulls(byCode(bankStandard.customerTiers)));
    expect(withoutNulls(e.serviceRules)).toEqual(withoutNulls(byCode(bankStandard.serviceRules.map((r) => ({ ...r, parameters: r.parameters.map(toRuleParameter) })))));
    expect(e.classifiers.filter((c: any) => c.kind === 'CORPORATE_KIND').map((c: any) => c.code).sort()).toEqual(['CORPORATE', 'FINANCIAL_INSTITUTION', 'GOVERNMENT_PUBLIC_INSTITUTION']);
    expect(e.classifiers.filter((c: any) => c.kind === 'CORPORATE_SIZE').map((c: any) => c.code).sort()).toEqual(['LARGE', 'MEDIUM', 'MICRO', 'SMALL']);
  });

  it("carries the bank's figures (facts.yaml) through the API", async () => {
    const e = (await author.ok(EFFECTIVE, { code: 'GD-FS-03' })).effectiveStandard;
    const cat = (code: string) => e.edition.outletCategories.find((c: any) => c.code === code);
    expect(cat('LARGE_FULL_FUNCTION').marketingStaffMin.value).toBe(12);
    expect(cat('MEDIUM_FULL_FUNCTION').marketingStaffMin.value).toBe(6);
    expect(cat('GENERAL').marketingStaffMin.value).toBe(4);
    expect(cat('GENERAL').notes.map((n: any) => n.zh).join()).toMatch(/12人/);
    expect(cat('LARGE_FULL_FUNCTION').lobbyStaffTotal.value).toEqual({ min: 4, max: 6 });
    expect(Object.fromEntries(cat('LARGE_FULL_FUNCTION').devices.map((d: any) => [d.deviceType, d.value]))).toEqual({ ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 });
    expect(e.outletCategory.code).toBe('GENERAL');
    const tier = (code: string) => e.edition.customerTiers.find((t: any) => t.code === code);
    expect(tier('MASS').assetsBelow).toEqual({ value: { amount: 50000, currency: 'CNY' }, policy: 'FREE' });
    expect(tier('POTENTIAL').assetsFrom.value.amount).toBe(50000);
    expect(tier('POTENTIAL').assetsBelow.value.amount).toBe(200000);
    expect(tier('MID_HIGH_END').personalLoansFrom.value.amount).toBe(500000);
    const params = Object.fromEntries(e.edition.serviceRules.flatMap((r: any) => r.parameters).map((p: any) => [p.code, p]));
    expect(params.COMPLAINT_REPLY_WORKING_DAYS.intValue).toBe(3);
    expect(params.RM_DAILY_INVITATIONS.range).toEqual({ min: 10, max: 15 });
    expect(params.RM_DAILY_VISITS_BOOKED.range).toEqual({ min: 5, max: 10 });
    expect(params.PILOT_SUB_BRANCHES.intValue).toBe(12);
    expect(params.EMERGENCY_PLANS.codes).toHaveLength(13);
    expect(e.edition.positions.filter((p: any) => p.kind === 'POSITION')).toHaveLength(7);
    expect(e.edition.zones).toHaveLength(8);
  });

  it('is readable by an integrator token inside its scope only', async () => {
    const auth = await authenticate(db.orm.em.fork(), { headers: { authorization: `Bearer ${DEMO_API_TOKEN.token}` } }, loadSecurityConfig());
    const token = await createGraphqlClient(db.orm, auth.actor!);
    const q = `query($code: String!) { effectiveStandard(orgUnitCode: $code) { outletCategory { code } edition { code } } }`;
    expect((await token.ok(q, { code: 'GD-GZTH-02' })).effectiveStandard).toEqual({ outletCategory: { code: 'MEDIUM_FULL_FUNCTION' }, edition: { code: 'HO-2026-01' } });
    expect((await token.ok(q, { code: 'JS-SZ-01' })).effectiveStandard).toBeNull();
    await token.stop();
  });
});

const DRAFT = `mutation($input: CreateStandardDraftInput!) { createStandardDraft(input: $input) { code status version } }`;
const SAVE_CATEGORY = `mutation($e: String!, $v: Int!, $input: OutletCategoryInput!) { saveOutletCategory(editionCode: $e, expectedVersion: $v, input: $input) { version } }`;
const PUBLISH = `mutation($e: String!, $v: Int!) { publishStandardEdition(editionCode: $e, expectedVersion: $v) { code status isCurrent publishedAt version } }`;
const SUBMIT = `mutation($e: String!, $v: Int!, $c: String) { submitStandardEdition(editionCode: $e, expectedVersion: $v, comment: $c) { code approvalState version submittedBy } }`;
const WITHDRAW = `mutation($e: String!, $v: Int!, $c: String) { withdrawStandardEdition(editionCode: $e, expectedVersion: $v, comment: $c) { approvalState version } }`;
const APPROVE = `mutation($e: String!, $v: Int!, $c: String) { approveStandardEdition(editionCode: $e, expectedVersion: $v, comment: $c) { approvalState version approvedRevision decidedBy } }`;
const RETURN = `mutation($e: String!, $v: Int!, $c: String!) { returnStandardEdition(editionCode: $e, expectedVersion: $v, comment: $c) { approvalState version decidedBy } }`;
const INBOX = `{ inbox { awaitingMe { subjectType code state submittedBy } returnedToMe { subjectType code state decidedBy } } }`;
/** The head-office editions among inbox items, without their subject type. */
const editions = (items: any[]) => items.filter((i) => i.subjectType === 'STANDARD_EDITION').map(({ subjectType: _, ...rest }) => rest);
const CATEGORY = `query($e: String!) { standardEdition(code: $e) { version outletCategories { code name ${TEXT} description ${TEXT}
  marketingStaffMin { value policy } salesServiceStaffMin { value policy } lobbyStaffTotal { value { min max } policy }
  staffing { position value { min max } policy note ${TEXT} } devices { deviceType value policy } smartDevices { value policy }
  zones { zone value note ${TEXT} policy } outboundMarketing { value ${TEXT} policy } notes ${TEXT} } } }`;

async function categoryInput(edition: string, code: string) {
  const data = (await author.ok(CATEGORY, { e: edition })).standardEdition;
  return { version: data.version, input: data.outletCategories.find((c: any) => c.code === code) };
}

describe('editions', () => {
  it('starts a draft from the published edition, changes one figure, publishes it, and the diff shows exactly that change', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-2027-01', title: { zh: '2027年版', en: '2027 edition' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    expect(draft).toMatchObject({ status: 'DRAFT' });
    const noChanges = (await author.ok(`{ standardEditionDiff(from: "HO-2026-01", to: "HO-2027-01") { changes { code } } }`)).standardEditionDiff;
    expect(noChanges.changes).toEqual([]);

    const { version, input } = await categoryInput('HO-2027-01', 'LARGE_FULL_FUNCTION');
    input.marketingStaffMin.value = 14;
    const saved = (await author.ok(SAVE_CATEGORY, { e: 'HO-2027-01', v: version, input })).saveOutletCategory;
    expect(saved.version).toBe(version + 1);

    const stale = await author.run(SAVE_CATEGORY, { e: 'HO-2027-01', v: version, input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });

    const published = await approveAndPublish(author, approver, 'HO-2027-01', saved.version);
    expect(published).toMatchObject({ status: 'PUBLISHED', isCurrent: true });
    const old = (await author.ok(`{ standardEdition(code: "HO-2026-01") { isCurrent status } }`)).standardEdition;
    expect(old).toEqual({ isCurrent: false, status: 'PUBLISHED' });

    const diff = (await author.ok(`{ standardEditionDiff(from: "HO-2026-01", to: "HO-2027-01") { changes { kind code change fields { field before after } } } }`)).standardEditionDiff;
    expect(diff.changes).toEqual([
      {
        kind: 'OUTLET_CATEGORY',
        code: 'LARGE_FULL_FUNCTION',
        change: 'CHANGED',
        fields: [{ field: 'marketingStaffMin', before: { value: 12, policy: 'RAISE_ONLY' }, after: { value: 14, policy: 'RAISE_ONLY' } }],
      },
    ]);
    // The new edition is current at once, although the old one's content is cached in process.
    const effective = (await author.ok(`{ effectiveStandard(orgUnitCode: "SC-CDJJ-01") { edition { code } outletCategory { marketingStaffMin { value setBy { layerCode revision } } } } }`)).effectiveStandard;
    expect(effective).toEqual({ edition: { code: 'HO-2027-01' }, outletCategory: { marketingStaffMin: { value: 14, setBy: { layerCode: 'HO-2027-01', revision: published.version } } } });

    const events = await db.orm.em.fork().find(AuditEvent, { operation: { $like: 'standardEdition.%' }, objectLabel: { $like: 'HO-2027-01%' } }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => `${e.actorName} ${e.operation}`)).toEqual([
      'ho_staff standardEdition.createDraft',
      'ho_staff standardEdition.saveOutletCategory',
      'ho_staff standardEdition.submit',
      'ho_approver standardEdition.approve',
      'ho_staff standardEdition.publish',
    ]);
    expect(events[1].changes.marketingStaffMin).toEqual({ before: { value: 12, policy: 'RAISE_ONLY' }, after: { value: 14, policy: 'RAISE_ONLY' } });
  });

  it('freezes a published edition: the API refuses changes, and so does the database', async () => {
    const { version, input } = await categoryInput('HO-2026-01', 'GENERAL');
    input.marketingStaffMin.value = 5;
    const res = await author.run(SAVE_CATEGORY, { e: 'HO-2026-01', v: version, input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'editionCode', rule: 'draft-only' });
    const knex = db.orm.em.getKnex();
    const edition = await knex('standard_edition').where({ code: 'HO-2026-01' }).first();
    await expect(knex('std_outlet_category').where({ edition_id: edition.id }).update({ notes: '[]' })).rejects.toThrow(/immutable/);
    await expect(knex('std_position').where({ edition_id: edition.id }).delete()).rejects.toThrow(/immutable/);
    await expect(knex('standard_edition').where({ id: edition.id }).update({ title_zh: '改' })).rejects.toThrow(/immutable/);
    expect((await categoryInput('HO-2026-01', 'GENERAL')).input.marketingStaffMin.value).toBe(4);
  });

  it('refuses to submit an invalid draft for approval and says why', async () => {
    const empty = (await author.ok(DRAFT, { input: { code: 'HO-EMPTY', title: { zh: '空白', en: 'Empty' } } })).createStandardDraft;
    const refused = await author.run(SUBMIT, { e: 'HO-EMPTY', v: empty.version });
    expect(refused.errors?.[0].extensions?.violations.map((v: any) => v.field)).toEqual(expect.arrayContaining(['outletCategory', 'position', 'zone']));

    const draft = (await author.ok(DRAFT, { input: { code: 'HO-BROKEN', title: { zh: '有误', en: 'Broken' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const removed = (await author.ok(`mutation($v: Int!) { removeStandardItem(editionCode: "HO-BROKEN", expectedVersion: $v, kind: POSITION, code: "LOBBY_MANAGER") { version } }`, { v: draft.version })).removeStandardItem;
    const tier = (await author.ok(`{ standardEdition(code: "HO-BROKEN") { customerTiers { code segment name ${TEXT} rule ${TEXT} assetsFrom ${MONEY} assetsBelow ${MONEY} personalLoansFrom ${MONEY} thresholdPolicyReason ${TEXT} principle ${TEXT} positions zones } } }`)).standardEdition.customerTiers.find((t: any) => t.code === 'POTENTIAL');
    tier.assetsFrom.value.amount = 40000; // now overlaps MASS (below 50,000)
    const saved = (await author.ok(`mutation($v: Int!, $input: CustomerTierInput!) { saveCustomerTier(editionCode: "HO-BROKEN", expectedVersion: $v, input: $input) { version validation { ok problems { path rule } } } }`, { v: removed.version, input: tier })).saveCustomerTier;
    expect(saved.validation.ok).toBe(false);
    const res = await author.run(SUBMIT, { e: 'HO-BROKEN', v: saved.version });
    const problems = res.errors?.[0].extensions?.violations.map((v: any) => `${v.field} ${v.rule}`);
    expect(problems).toEqual(expect.arrayContaining([
      'outletCategory/LARGE_FULL_FUNCTION/staffing/LOBBY_MANAGER exists',
      'zone/CONSULTATION/positions exists',
      'customerTier/POTENTIAL/assetsFrom no-overlap',
    ]));
    expect((await author.ok(`{ standardEdition(code: "HO-BROKEN") { status approvalState } }`)).standardEdition).toEqual({ status: 'DRAFT', approvalState: 'DRAFT' });
  });

  it('refuses to submit a policy that means nothing for its value, naming the value', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-MISFIT', title: { zh: '政策不符', en: 'Misfit' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const { input } = await categoryInput('HO-MISFIT', 'MEDIUM_FULL_FUNCTION');
    input.outboundMarketing.policy = 'RAISE_ONLY'; // a text has no "higher"
    input.devices[0].policy = 'EXTEND_ONLY'; // a device minimum is a number, not a list
    const saved = (await author.ok(`mutation($e: String!, $v: Int!, $input: OutletCategoryInput!) { saveOutletCategory(editionCode: $e, expectedVersion: $v, input: $input) { version validation { ok problems { path rule message } } } }`, { e: 'HO-MISFIT', v: draft.version, input })).saveOutletCategory;
    expect(saved.validation.problems).toEqual([
      { path: `outletCategory/MEDIUM_FULL_FUNCTION/devices/${input.devices[0].deviceType}`, rule: 'policy-misfit', message: expect.stringContaining('EXTEND_ONLY does not apply to a whole number') },
      { path: 'outletCategory/MEDIUM_FULL_FUNCTION/outboundMarketing', rule: 'policy-misfit', message: expect.stringContaining('RAISE_ONLY does not apply to a text') },
    ]);
    const res = await author.run(SUBMIT, { e: 'HO-MISFIT', v: saved.version });
    expect(res.errors?.[0].extensions?.violations.map((v: any) => `${v.field} ${v.rule}`)).toEqual([
      `outletCategory/MEDIUM_FULL_FUNCTION/devices/${input.devices[0].deviceType} policy-misfit`,
      'outletCategory/MEDIUM_FULL_FUNCTION/outboundMarketing policy-misfit',
    ]);
  });

  it('checks item input field by field', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-INPUT', title: { zh: '校验', en: 'Checks' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const { input } = await categoryInput('HO-INPUT', 'MEDIUM_FULL_FUNCTION');
    input.lobbyStaffTotal.value = { min: 5, max: 3 };
    input.name = { zh: '', en: 'Medium' };
    const res = await author.run(SAVE_CATEGORY, { e: 'HO-INPUT', v: draft.version, input });
    const rules = res.errors?.[0].extensions?.violations.map((v: any) => `${v.field} ${v.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['input.lobbyStaffTotal.value.max min-max', 'input.name.zh required']));

    // Saving replaces the item: an optional field left out is cleared, not kept.
    const fresh = await categoryInput('HO-INPUT', 'MEDIUM_FULL_FUNCTION');
    expect(fresh.input.salesServiceStaffMin).not.toBeNull();
    delete fresh.input.salesServiceStaffMin;
    await author.ok(SAVE_CATEGORY, { e: 'HO-INPUT', v: fresh.version, input: fresh.input });
    expect((await categoryInput('HO-INPUT', 'MEDIUM_FULL_FUNCTION')).input.salesServiceStaffMin).toBeNull();
  });

  it('takes a rule parameter with exactly the value field its type names, and serves it as that type', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-PARAMS', title: { zh: '参数', en: 'Parameters' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const SAVE_RULE = `mutation($v: Int!, $input: ServiceRuleInput!) { saveServiceRule(editionCode: "HO-PARAMS", expectedVersion: $v, input: $input) { version } }`;
    const name = { zh: '邀约', en: 'Invitations' };
    const rule = (parameter: object) => ({ code: 'TEST_RULE', category: 'SALES_BEHAVIOUR', title: name, text: name, core: false, parameters: [{ code: 'TEST_INVITATIONS', name, policy: 'RAISE_ONLY', type: 'RANGE', unit: 'CLIENTS_PER_DAY', ...parameter }] });
    const refused = await author.run(SAVE_RULE, { v: draft.version, input: rule({ intValue: 10 }) });
    expect(refused.errors?.[0].extensions?.violations.map((v: any) => `${v.field} ${v.rule}`)).toEqual([
      'input.parameters[0].intValue value-for-type',
      'input.parameters[0].range value-for-type',
    ]);
    const saved = (await author.ok(SAVE_RULE, { v: draft.version, input: rule({ range: { min: 10, max: 15 } }) })).saveServiceRule;
    expect(saved.version).toBe(draft.version + 1);
    const read = (await author.ok(`{ standardEdition(code: "HO-PARAMS") { serviceRules { code parameters { __typename code type policy ... on RangeParameter { value { min max } } } } } }`))
      .standardEdition.serviceRules.find((r: any) => r.code === 'TEST_RULE');
    expect(read.parameters).toEqual([{ __typename: 'RangeParameter', code: 'TEST_INVITATIONS', type: 'RANGE', policy: 'RAISE_ONLY', value: { min: 10, max: 15 } }]);
  });

  it('keeps authoring to head-office standards authors and drafts to head office', async () => {
    const branch = await createGraphqlClient(db.orm, await actorFor(db.orm, 't1_staff'));
    const res = await branch.run(DRAFT, { input: { code: 'GD-2027', title: { zh: '广东', en: 'Guangdong' } } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const editions = (await branch.ok(`{ standardEditions { code status } }`)).standardEditions;
    expect(editions.every((e: any) => e.status === 'PUBLISHED')).toBe(true);
    expect((await branch.ok(`{ standardEdition(code: "HO-BROKEN") { code } }`)).standardEdition).toBeNull();
    await branch.stop();
    const admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
    expect((await admin.run(DRAFT, { input: { code: 'ADMIN-1', title: { zh: '管', en: 'Admin' } } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await admin.stop();
  });

  it('lists every edition with what it was based on in a fixed number of statements', async () => {
    db.resetQueries();
    const editions = (await author.ok(`{ standardEditions { code basedOn { code } } }`)).standardEditions;
    expect(editions.filter((e: any) => e.basedOn?.code === 'HO-2026-01').length).toBeGreaterThanOrEqual(3);
    expect(db.queries.length).toBeLessThanOrEqual(2);
  });
});

describe('head office’s editions go through the approval workflow before publication', () => {
  const errorOf = (res: { errors?: readonly any[] }) => res.errors?.[0];
  const state = async (code: string) => (await author.ok(`{ standardEdition(code: "${code}") { status approvalState version } }`)).standardEdition;

  it('author submits, another head-office approver returns and approves, the author publishes; nobody decides on their own submission', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-2027-05', title: { zh: '2027年5月版', en: 'May 2027' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const { version, input } = await categoryInput('HO-2027-05', 'GENERAL');
    input.marketingStaffMin.value = 5;
    const edited = (await author.ok(SAVE_CATEGORY, { e: 'HO-2027-05', v: version, input })).saveOutletCategory;
    expect(draft.version).toBeLessThan(edited.version);

    // Not approved yet: publication is refused, naming the rule.
    expect(errorOf(await author.run(PUBLISH, { e: 'HO-2027-05', v: edited.version }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'editionCode', rule: 'approved-only' });

    const submitted = (await author.ok(SUBMIT, { e: 'HO-2027-05', v: edited.version, c: '请审核 please review' })).submitStandardEdition;
    expect(submitted).toMatchObject({ approvalState: 'SUBMITTED', submittedBy: 'ho_staff' });
    // What the approver reviews does not change under them.
    const locked = await author.run(SAVE_CATEGORY, { e: 'HO-2027-05', v: submitted.version, input });
    expect(errorOf(locked)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'editionCode', rule: 'workflow-state' });
    expect(errorOf(await author.run(PUBLISH, { e: 'HO-2027-05', v: submitted.version }))?.extensions).toMatchObject({ rule: 'approved-only' });

    // ho_staff holds APPROVER too, yet cannot decide on what they submitted.
    for (const [mutation, vars] of [[APPROVE, {}], [RETURN, { c: '自己退回 own' }]] as const) {
      const own = errorOf(await author.run(mutation, { e: 'HO-2027-05', v: submitted.version, ...vars }));
      expect(own?.extensions?.code).toBe('FORBIDDEN');
      expect(own?.message).toMatch(/your own submission/);
    }
    expect(await state('HO-2027-05')).toMatchObject({ approvalState: 'SUBMITTED', version: submitted.version });

    // The inbox: it awaits the other approver, not its submitter.
    const waiting = (await approver.ok(INBOX)).inbox;
    expect(editions(waiting.awaitingMe)).toContainEqual({ code: 'HO-2027-05', state: 'SUBMITTED', submittedBy: 'ho_staff' });
    expect(editions((await author.ok(INBOX)).inbox.awaitingMe).map((e: any) => e.code)).not.toContain('HO-2027-05');

    // A return needs a comment saying what to change.
    expect(errorOf(await approver.run(RETURN, { e: 'HO-2027-05', v: submitted.version, c: '  ' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment', rule: 'required' });
    const returned = (await approver.ok(RETURN, { e: 'HO-2027-05', v: submitted.version, c: '请说明调整依据 explain why' })).returnStandardEdition;
    expect(returned).toEqual({ approvalState: 'RETURNED', version: submitted.version, decidedBy: 'ho_approver' });
    expect(editions((await author.ok(INBOX)).inbox.returnedToMe)).toContainEqual({ code: 'HO-2027-05', state: 'RETURNED', decidedBy: 'ho_approver' });
    expect(editions((await approver.ok(INBOX)).inbox.awaitingMe).map((e: any) => e.code)).not.toContain('HO-2027-05');

    // Changed and resubmitted; an approval of the revision reviewed before is stale.
    input.marketingStaffMin.value = 6;
    const changed = (await author.ok(SAVE_CATEGORY, { e: 'HO-2027-05', v: returned.version, input })).saveOutletCategory;
    const resubmitted = (await author.ok(SUBMIT, { e: 'HO-2027-05', v: changed.version, c: '已补充 explained' })).submitStandardEdition;
    const stale = errorOf(await approver.run(APPROVE, { e: 'HO-2027-05', v: submitted.version }));
    expect(stale?.extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    expect((await state('HO-2027-05')).approvalState).toBe('SUBMITTED');

    const approved = (await approver.ok(APPROVE, { e: 'HO-2027-05', v: resubmitted.version, c: '同意 approved' })).approveStandardEdition;
    expect(approved).toEqual({ approvalState: 'APPROVED', version: resubmitted.version, approvedRevision: resubmitted.version, decidedBy: 'ho_approver' });
    // Approved content is what gets published: no more edits.
    expect(errorOf(await author.run(SAVE_CATEGORY, { e: 'HO-2027-05', v: approved.version, input }))?.extensions).toMatchObject({ rule: 'workflow-state' });

    const published = (await author.ok(PUBLISH, { e: 'HO-2027-05', v: approved.version })).publishStandardEdition;
    expect(published).toMatchObject({ status: 'PUBLISHED', isCurrent: true });
    expect((await categoryInput('HO-2027-05', 'GENERAL')).input.marketingStaffMin.value).toBe(6);

    // Every transition in the history and in the audit trail, with its comment.
    const history = (await author.ok(`{ standardEdition(code: "HO-2027-05") { history { action fromState toState actorName comment revision } } }`)).standardEdition.history;
    expect(history.map((h: any) => [h.action, h.fromState, h.toState, h.actorName, h.comment])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'ho_staff', '请审核 please review'],
      ['RETURN', 'SUBMITTED', 'RETURNED', 'ho_approver', '请说明调整依据 explain why'],
      ['SUBMIT', 'RETURNED', 'SUBMITTED', 'ho_staff', '已补充 explained'],
      ['APPROVE', 'SUBMITTED', 'APPROVED', 'ho_approver', '同意 approved'],
    ]);
    expect(history[3].revision).toBe(resubmitted.version);
    const audit = await db.orm.em.fork().find(
      AuditEvent,
      { objectLabel: 'HO-2027-05', operation: { $in: ['standardEdition.submit', 'standardEdition.return', 'standardEdition.approve', 'standardEdition.withdraw'] } },
      { orderBy: { occurredAt: 'asc' } },
    );
    expect(audit.map((e) => [e.operation, e.actorName, e.changes.state?.after, e.changes.comment?.after])).toEqual([
      ['standardEdition.submit', 'ho_staff', 'SUBMITTED', '请审核 please review'],
      ['standardEdition.return', 'ho_approver', 'RETURNED', '请说明调整依据 explain why'],
      ['standardEdition.submit', 'ho_staff', 'SUBMITTED', '已补充 explained'],
      ['standardEdition.approve', 'ho_approver', 'APPROVED', '同意 approved'],
    ]);
  });

  it('lets only head office take part: branch staff and approvers cannot submit or approve, an approver alone cannot submit', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-2027-06', title: { zh: '2027年6月版', en: 'June 2027' }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
    const branch = await createGraphqlClient(db.orm, await actorFor(db.orm, 't1_staff'));
    try {
      expect(errorOf(await branch.run(SUBMIT, { e: 'HO-2027-06', v: draft.version }))?.extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await approver.run(SUBMIT, { e: 'HO-2027-06', v: draft.version }))?.extensions?.code).toBe('FORBIDDEN');
      const submitted = (await author.ok(SUBMIT, { e: 'HO-2027-06', v: draft.version })).submitStandardEdition;
      expect(errorOf(await branch.run(APPROVE, { e: 'HO-2027-06', v: submitted.version }))?.extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await branch.run(RETURN, { e: 'HO-2027-06', v: submitted.version, c: 'no' }))?.extensions?.code).toBe('FORBIDDEN');
      const branchInbox = (await branch.ok(INBOX)).inbox;
      expect([editions(branchInbox.awaitingMe), editions(branchInbox.returnedToMe)]).toEqual([[], []]);
      expect((await state('HO-2027-06')).approvalState).toBe('SUBMITTED');

      // The author takes it back for good: nothing moves it on again, and it is never published.
      const withdrawn = (await author.ok(WITHDRAW, { e: 'HO-2027-06', v: submitted.version, c: '暂不发布 not now' })).withdrawStandardEdition;
      expect(withdrawn.approvalState).toBe('WITHDRAWN');
      expect(errorOf(await author.run(SUBMIT, { e: 'HO-2027-06', v: withdrawn.version }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'workflow-state' });
      expect(errorOf(await author.run(PUBLISH, { e: 'HO-2027-06', v: withdrawn.version }))?.extensions).toMatchObject({ rule: 'approved-only' });
      expect(editions((await approver.ok(INBOX)).inbox.awaitingMe).map((e: any) => e.code)).not.toContain('HO-2027-06');
    } finally {
      await branch.stop();
    }
  });

  it('starts a new draft from a withdrawn one, keeping its content and its base; a live draft is no starting point', async () => {
    const draft = (await author.ok(DRAFT, { input: { code: 'HO-2027-09', title: { zh: '2027年9月版', en: 'September 2027' }, basedOnCode: 'HO-2027-01' } })).createStandardDraft;
    const { version, input } = await categoryInput('HO-2027-09', 'LARGE_FULL_FUNCTION');
    input.marketingStaffMin.value = 16;
    const saved = (await author.ok(SAVE_CATEGORY, { e: 'HO-2027-09', v: version, input })).saveOutletCategory;
    const submitted = (await author.ok(SUBMIT, { e: 'HO-2027-09', v: saved.version })).submitStandardEdition;
    await author.ok(WITHDRAW, { e: 'HO-2027-09', v: submitted.version, c: '改一处再提交 one more change first' });
    expect(draft.version).toBeLessThan(saved.version);

    const again = (await author.ok(DRAFT, { input: { code: 'HO-2027-10', title: { zh: '2027年9月版（重提）', en: 'September 2027, again' }, basedOnCode: 'HO-2027-09' } })).createStandardDraft;
    expect(again).toMatchObject({ code: 'HO-2027-10', status: 'DRAFT' });
    const info = (await author.ok(`{ standardEdition(code: "HO-2027-10") { approvalState basedOn { code } } }`)).standardEdition;
    expect(info).toEqual({ approvalState: 'DRAFT', basedOn: { code: 'HO-2027-01' } });
    // What the withdrawn draft's author wrote is all there, against the same published base.
    const diff = (await author.ok(`{ standardEditionDiff(from: "HO-2027-01", to: "HO-2027-10") { changes { code fields { field before after } } } }`)).standardEditionDiff;
    expect(diff.changes).toEqual([
      { code: 'LARGE_FULL_FUNCTION', fields: [{ field: 'marketingStaffMin', before: { value: 14, policy: 'RAISE_ONLY' }, after: { value: 16, policy: 'RAISE_ONLY' } }] },
    ]);
    const audit = await db.orm.em.getKnex()('audit_event').where({ operation: 'standardEdition.createDraft', object_label: 'HO-2027-10' }).first();
    expect(JSON.stringify(audit.changes)).toContain('HO-2027-09');

    const fromLive = await author.run(DRAFT, { input: { code: 'HO-2027-11', title: { zh: '不行', en: 'No' }, basedOnCode: 'HO-2027-10' } });
    expect(errorOf(fromLive)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.basedOnCode', rule: 'published' });
    expect((await author.ok(`{ standardEdition(code: "HO-2027-11") { code } }`)).standardEdition).toBeNull();
  });

  it('refuses, in the database too, a published edition that was never approved', async () => {
    await author.ok(DRAFT, { input: { code: 'HO-2027-07', title: { zh: '2027年7月版', en: 'July 2027' }, basedOnCode: 'HO-2026-01' } });
    const knex = db.orm.em.getKnex();
    await expect(knex('standard_edition').where({ code: 'HO-2027-07' }).update({ status: 'PUBLISHED' })).rejects.toThrow(/standard_edition_published_approved/);
  });

  it('keeps the inbox to a fixed number of statements however many editions await', async () => {
    const count = async () => {
      db.resetQueries();
      const inbox = (await approver.ok(INBOX)).inbox;
      return { statements: db.queries.length, awaiting: editions(inbox.awaitingMe).length };
    };
    const before = await count();
    for (const code of ['HO-2027-11', 'HO-2027-12', 'HO-2027-13']) {
      const draft = (await author.ok(DRAFT, { input: { code, title: { zh: code, en: code }, basedOnCode: 'HO-2026-01' } })).createStandardDraft;
      await author.ok(SUBMIT, { e: code, v: draft.version });
    }
    const after = await count();
    expect(after.awaiting).toBe(before.awaiting + 3);
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBeLessThanOrEqual(4);
  });
});
