import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';
import { tableChecksums } from './support/checksum.js';
import { seedDemoData } from '../api/src/seed.js';
import { ANONYMOUS_ACTOR } from '../api/src/shared/actor.js';

/**
 * No input reaches the database unchecked: cursors, control characters, ids,
 * numbers and lengths are refused as the caller's error (BAD_USER_INPUT naming
 * the argument), never as an internal error, and nothing changes.
 */
let db: TestDatabase;
let admin: Awaited<ReturnType<typeof createGraphqlClient>>;
let author: Awaited<ReturnType<typeof createGraphqlClient>>;
let branch: Awaited<ReturnType<typeof createGraphqlClient>>;
let anonymous: Awaited<ReturnType<typeof createGraphqlClient>>;
let draftVersion: () => Promise<number>;
const DRAFT = 'HO-INPUT-01';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
  author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  branch = await createGraphqlClient(db.orm, await actorFor(db.orm, 't1_staff'));
  anonymous = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR);
  await author.ok(`mutation { createStandardDraft(input: { code: "${DRAFT}", title: { zh: "测试", en: "Test" } }) { code } }`);
  draftVersion = async () => (await author.ok(`{ standardEdition(code: "${DRAFT}") { version } }`)).standardEdition.version;
});
afterAll(async () => {
  await Promise.all([admin?.stop(), author?.stop(), branch?.stop(), anonymous?.stop()]);
  await db?.close();
});

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectRefused(result: { errors?: { extensions?: Record<string, any> }[] }, field: string, rule?: string) {
  expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
  const ext = result.errors![0].extensions!;
  expect(ext.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  const violation = (ext.violations as { field: string; rule: string }[]).find((v) => v.field === field);
  expect(violation, `no violation for ${field} in ${JSON.stringify(ext.violations)}`).toBeDefined();
  if (rule) expect(violation!.rule).toBe(rule);
}

describe('cursors', () => {
  it('refuses forged cursors by name, for every list, before any SQL runs', async () => {
    const lists = [
      'orgUnits(first: 2, after: $after) { totalCount }',
      'orgUnits(orderBy: LEVEL, after: $after) { totalCount }',
      'orgUnit(code: "GD") { descendants(after: $after) { totalCount } }',
      'auditEvents(after: $after) { totalCount }',
      'apiTokens(after: $after) { totalCount }',
      'users(after: $after) { totalCount }',
    ];
    const forged = [
      'W10',
      'garbage!',
      cursor([]),
      cursor({ a: 1 }),
      cursor(['orgUnits:LEVEL:asc', 'not-a-number', 'GD']),
      cursor(['orgUnits:CODE:asc', 'GD\u0000', 'GD']),
      cursor(['orgUnits:CODE:asc', 'GD']),
      cursor(['auditEvents', 'yesterday', '0196a3f4-0000-7000-8000-000000000000']),
      cursor(['auditEvents', '2026-02-30T00:00:00.000000Z', '0196a3f4-0000-7000-8000-000000000000']),
      cursor(['auditEvents', '2026-01-01T00:00:00.000000Z', 'not-a-uuid']),
      cursor(['apiTokens', '+275760-09-13T00:00:00.000000Z', '0196a3f4-0000-7000-8000-000000000000']),
      cursor(['users', 12]),
      'x'.repeat(5000),
    ];
    for (const list of lists) {
      for (const after of forged) {
        db.resetQueries();
        const res = await admin.run(`query($after: String) { ${list} }`, { after });
        expectRefused(res, 'after', 'cursor');
        if (!list.startsWith('orgUnit(')) expect(db.queries).toEqual([]);
      }
    }
  });

  it('binds a cursor to its list and ordering', async () => {
    const byCode = (await admin.ok('{ orgUnits(first: 2) { pageInfo { endCursor } } }')).orgUnits.pageInfo.endCursor;
    expectRefused(await admin.run('query($a: String) { orgUnits(first: 2, orderBy: NAME, after: $a) { totalCount } }', { a: byCode }), 'after', 'cursor');
    expectRefused(await admin.run('query($a: String) { orgUnits(first: 2, descending: true, after: $a) { totalCount } }', { a: byCode }), 'after', 'cursor');
    expectRefused(await admin.run('query($a: String) { users(after: $a) { totalCount } }', { a: byCode }), 'after', 'cursor');
    // The same ordering carries over from the whole list to a subtree.
    const next = await admin.ok('query($a: String) { orgUnit(code: "HO") { descendants(first: 2, after: $a) { nodes { code } } } }', { a: byCode });
    expect(next.orgUnit.descendants.nodes).toHaveLength(2);
    // Timestamp keys round-trip exactly: the page after the first event starts at the second.
    const two = (await admin.ok('{ auditEvents(first: 2) { nodes { id } edges { cursor } } }')).auditEvents;
    const after = await admin.ok('query($a: String) { auditEvents(first: 1, after: $a) { nodes { id } } }', { a: two.edges[0].cursor });
    expect(after.auditEvents.nodes[0].id).toBe(two.nodes[1].id);
  });
});

describe('control characters, ids and numbers at the edge', () => {
  it('refuses NUL and other control characters in literals, variables, defaults and nested inputs, naming the path', async () => {
    expectRefused(await admin.run('{ orgUnit(code: "GD\\u0000") { code } }'), 'code', 'no-control-characters');
    expectRefused(await admin.run('query($c: String!) { orgUnit(code: $c) { code } }', { c: 'GD\u0000' }), 'code', 'no-control-characters');
    expectRefused(await admin.run('query($c: String! = "GD\\u001b") { orgUnit(code: $c) { code } }'), 'code', 'no-control-characters');
    expectRefused(await admin.run('query($s: String) { orgUnits(filter: { search: $s }) { totalCount } }', { s: 'a\u0000' }), 'filter.search');
    expectRefused(await admin.run('{ orgUnits(filter: { codes: ["GD", "G\\u0000"] }) { totalCount } }'), 'filter.codes[1]');
    expectRefused(await admin.run('{ effectiveStandard(orgUnitCode: "GD-FS-01\\u0000") { layers { unitCode } } }'), 'orgUnitCode');
    expectRefused(await anonymous.run('mutation { login(username: "admin\\u0000", password: "x") { token } }'), 'username', 'no-control-characters');
    const before = await tableChecksums(db.orm);
    const create = await admin.run(
      'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { code } }',
      { i: { code: 'GD-FS-99', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '新\u0000网点', en: 'New\u0085outlet' } } },
    );
    expectRefused(create, 'input.name.zh', 'no-control-characters');
    expectRefused(create, 'input.name.en', 'no-control-characters');
    expect(await tableChecksums(db.orm)).toEqual(before);
  });

  it('lets bilingual prose keep tabs and line breaks, and nothing else', async () => {
    const save = (code: string, duty: string) =>
      draftVersion().then((v) =>
        author.run(
          'mutation($v: Int!, $i: PositionInput!) { savePosition(editionCode: "HO-INPUT-01", expectedVersion: $v, input: $i) { version } }',
          { v, i: { code, name: { zh: '岗位', en: 'Post' }, duties: { value: [{ zh: '第一\n第二', en: duty }], policy: 'EXTEND_ONLY' } } },
        ),
      );
    expect((await save('MULTI_LINE', 'first\r\n\tsecond')).errors).toBeUndefined();
    expectRefused(await save('BELL', 'ring\u0007'), 'input.duties.value[0].en', 'no-control-characters');
    expectRefused(await save('CODE\n', 'fine'), 'input.code', 'no-control-characters');
  });

  it('refuses ids that are not UUIDs before looking them up', async () => {
    db.resetQueries();
    expectRefused(await admin.run('mutation { revokeApiToken(id: "not-an-id") { id } }'), 'id', 'uuid');
    expectRefused(await admin.run('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: "1' or '1'='1" }), 'id', 'uuid');
    expect(db.queries).toEqual([]);
    const missing = await admin.run('mutation { revokeApiToken(id: "0196a3f4-0000-7000-8000-000000000000") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses numbers too large to be numbers', async () => {
    const v = await draftVersion();
    const res = await author.run(`mutation { saveCustomerTier(editionCode: "${DRAFT}", expectedVersion: ${v}, input: {
      code: "HUGE", segment: INDIVIDUAL, name: { zh: "大", en: "Huge" }, rule: { zh: "规则", en: "Rule" },
      assetsFrom: { value: { amount: 1e999, currency: "CNY" }, policy: LOCKED }, principle: { zh: "原则", en: "Principle" } }) { version } }`);
    expectRefused(res, 'input.assetsFrom.value.amount', 'finite');
  });
});

describe('lengths match the columns', () => {
  type Client = typeof admin;
  interface Case {
    column: string;
    field: string;
    client: () => Client;
    /** The mutation and its variables for a value of the given length. */
    send: (value: (n: number) => string, n: number) => Promise<{ query: string; variables: Record<string, unknown> }>;
  }
  const text = (ch: string) => (n: number) => ch.repeat(n);
  const unitVersion = async (code: string) => (await admin.ok(`{ orgUnit(code: "${code}") { version } }`)).orgUnit.version;
  const newUnit = (over: Record<string, unknown>) => ({
    query: 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { code } }',
    variables: { i: { code: 'GD-FS-98', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '新网点', en: 'New outlet' }, ...over } },
  });
  const updateUnit = async (over: Record<string, unknown>) => ({
    query: 'mutation($i: UpdateOrgUnitInput!) { updateOrgUnit(input: $i) { code } }',
    variables: { i: { code: 'GD-FS-01', expectedVersion: await unitVersion('GD-FS-01'), ...over } },
  });
  const newUser = (over: Record<string, unknown>) => ({
    query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { username } }',
    variables: { i: { username: 'fs_new', displayName: 'New', orgUnitCode: 'GD-FS', roles: ['BRANCH_STAFF'], password: 'a long passphrase nobody guesses', ...over } },
  });
  const newToken = (over: Record<string, unknown>) => ({
    query: 'mutation($i: IssueApiTokenInput!) { issueApiToken(input: $i) { token } }',
    variables: { i: { name: 'queue', system: 'QUEUE', scopeUnitCode: 'GD', expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), ...over } },
  });
  const named = { zh: '名称', en: 'Name' };
  const saveItem = (mutation: string, type: string, base: Record<string, unknown>) => async (over: Record<string, unknown>) => ({
    query: `mutation($v: Int!, $i: ${type}!) { ${mutation}(editionCode: "${DRAFT}", expectedVersion: $v, input: $i) { version } }`,
    variables: { v: await draftVersion(), i: { ...base, ...over } },
  });
  const items: [string, string, string, Record<string, unknown>][] = [
    ['std_position', 'savePosition', 'PositionInput', { code: 'LEN_CHECK', name: named }],
    ['std_zone', 'saveZone', 'ZoneInput', { code: 'LEN_CHECK', name: named, purpose: named }],
    ['std_device_type', 'saveDeviceType', 'DeviceTypeInput', { code: 'LEN_CHECK', name: named, kind: 'SELF_SERVICE' }],
    ['std_classifier', 'saveClassifier', 'ClassifierInput', { code: 'LEN_CHECK', name: named, kind: 'CORPORATE_KIND' }],
    [
      'std_customer_tier', 'saveCustomerTier', 'CustomerTierInput',
      { code: 'LEN_CHECK', name: named, segment: 'CORPORATE', rule: named, principle: named },
    ],
    ['std_service_rule', 'saveServiceRule', 'ServiceRuleInput', { code: 'LEN_CHECK', title: named, text: named, category: 'SERVICE', core: false }],
    [
      'std_outlet_category', 'saveOutletCategory', 'OutletCategoryInput',
      {
        code: 'GENERAL', name: named, description: named, staffing: [],
        marketingStaffMin: { value: 1, policy: 'RAISE_ONLY' },
        lobbyStaffTotal: { value: { min: 1, max: 2 }, policy: 'RAISE_ONLY' },
        outboundMarketing: { value: named, policy: 'FREE' },
      },
    ],
  ];
  const itemCases: Case[] = items.flatMap(([table, mutation, type, base]) => {
    const save = saveItem(mutation, type, base);
    const nameField = table === 'std_service_rule' ? 'title' : 'name';
    const cases: Case[] = (['zh', 'en'] as const).map((lang) => ({
      column: `${table}.${nameField}_${lang}`,
      field: `input.${nameField}.${lang}`,
      client: () => author,
      send: (v, n) => save({ [nameField]: { ...named, [lang]: v(n) } }),
    }));
    // Outlet category codes are open (any code an edition defines), so they are typed and checked like every other item code.
    cases.push({ column: `${table}.code`, field: 'input.code', client: () => author, send: (_v, n) => save({ code: 'C'.repeat(n) }) });
    return cases;
  });
  const cases: Case[] = [
    { column: 'org_unit.code', field: 'input.code', client: () => admin, send: async (_v, n) => newUnit({ code: 'A'.repeat(n) }) },
    { column: 'org_unit.name_zh', field: 'input.name.zh', client: () => admin, send: async (v, n) => newUnit({ name: { zh: v(n), en: 'x' } }) },
    { column: 'org_unit.name_en', field: 'input.name.en', client: () => admin, send: async (v, n) => newUnit({ name: { zh: 'x', en: v(n) } }) },
    { column: 'org_unit.name_zh', field: 'input.name.zh', client: () => admin, send: (v, n) => updateUnit({ name: { zh: v(n), en: 'x' } }) },
    { column: 'org_unit.city', field: 'input.city', client: () => admin, send: async (v, n) => newUnit({ city: v(n) }) },
    { column: 'org_unit.city', field: 'input.city', client: () => admin, send: (v, n) => updateUnit({ city: v(n) }) },
    { column: 'org_unit.address', field: 'input.address', client: () => admin, send: async (v, n) => newUnit({ address: v(n) }) },
    { column: 'org_unit.address', field: 'input.address', client: () => admin, send: (v, n) => updateUnit({ address: v(n) }) },
    { column: 'app_user.username', field: 'input.username', client: () => admin, send: async (_v, n) => newUser({ username: 'u'.repeat(n) }) },
    { column: 'app_user.display_name', field: 'input.displayName', client: () => admin, send: async (v, n) => newUser({ displayName: v(n) }) },
    {
      column: 'app_user.display_name', field: 'input.displayName', client: () => admin,
      send: async (v, n) => ({
        query: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { username } }',
        variables: { i: { username: 't2_staff', expectedVersion: (await admin.ok('{ user(username: "t2_staff") { version } }')).user.version, displayName: v(n) } },
      }),
    },
    { column: 'api_token.name', field: 'input.name', client: () => admin, send: async (v, n) => newToken({ name: v(n) }) },
    { column: 'api_token.system', field: 'input.system', client: () => admin, send: async (_v, n) => newToken({ system: 'Q'.repeat(n) }) },
    {
      column: 'sign_in_attempt.username', field: 'username', client: () => anonymous,
      send: async (_v, n) => ({ query: 'mutation($u: String!) { login(username: $u, password: "x") { token } }', variables: { u: 'u'.repeat(n) } }),
    },
    {
      column: 'standard_edition.code', field: 'input.code', client: () => author,
      send: async (_v, n) => ({ query: 'mutation($i: CreateStandardDraftInput!) { createStandardDraft(input: $i) { code } }', variables: { i: { code: 'E'.repeat(n), title: named } } }),
    },
    ...(['zh', 'en'] as const).map((lang): Case => ({
      column: `standard_edition.title_${lang}`, field: `input.title.${lang}`, client: () => author,
      send: async (v, n) => ({
        query: 'mutation($i: UpdateStandardEditionInput!) { updateStandardEdition(input: $i) { code } }',
        variables: { i: { editionCode: DRAFT, expectedVersion: await draftVersion(), title: { ...named, [lang]: v(n) } } },
      }),
    })),
    { column: 'std_position.reports_to', field: 'input.reportsTo', client: () => author, send: (_v, n) => saveItem('savePosition', 'PositionInput', items[0][3])({ reportsTo: 'R'.repeat(n) }) },
    ...itemCases,
    ...(['code', 'title.zh', 'title.en'] as const).map((field): Case => ({
      column: `local_version.${field.replace('.', '_')}`,
      field: `input.${field}`,
      client: () => branch,
      send: async (v, n) => ({
        query: 'mutation($i: CreateLocalVersionInput!) { createLocalVersion(input: $i) { code } }',
        variables: {
          i: {
            orgUnitCode: 'GD',
            code: field === 'code' ? 'G'.repeat(n) : 'GD-LEN-CHECK',
            title: { zh: field === 'title.zh' ? v(n) : '长度', en: field === 'title.en' ? v(n) : 'Length' },
          },
        },
      }),
    })),
    ...(['code', 'title.zh', 'title.en'] as const).map((field): Case => ({
      column: `rollout.${field.replace('.', '_')}`,
      field: `input.${field}`,
      client: () => author,
      send: async (v, n) => ({
        query: 'mutation($i: LaunchRolloutInput!) { launchRollout(input: $i) { code } }',
        variables: {
          i: {
            code: field === 'code' ? 'R'.repeat(n) : 'R-LEN-CHECK',
            title: { zh: field === 'title.zh' ? v(n) : '长度', en: field === 'title.en' ? v(n) : 'Length' },
            startsOn: '2027-01-01',
            pilotUnitCodes: [],
          },
        },
      }),
    })),
  ];
  /** Columns no caller types into: written by the server from values it controls (or fits, like audit labels). */
  const SERVER_WRITTEN = new Set([
    'api_token.created_by', 'api_token.prefix', 'api_token.token_hash',
    'audit_event.actor_name', 'audit_event.object_id', 'audit_event.object_label', 'audit_event.object_type', 'audit_event.operation', 'audit_event.request_id',
    'mikro_orm_migrations.name', 'sign_in_attempt.address', 'standard_edition.created_by', 'standard_edition.published_by',
    'approval_event.actor_name', 'local_version.created_by', 'local_version.submitted_by', 'local_version.decided_by',
    'outlet_plan.created_by', 'outlet_plan.submitted_by', 'outlet_plan.decided_by',
    'standard_edition.submitted_by', 'standard_edition.decided_by',
    'rollout.created_by', 'rollout_plan.created_by', 'rollout_plan.submitted_by', 'rollout_plan.decided_by',
    'rollout_outlet_wave.start', 'rollout_outlet_wave.end', // copied from the approved scheme's checked dates
    'sign_in_throttle.key', // a SHA-256 of the limiter's key, never the caller's text
    'user_session.address', 'user_session.token_hash',
  ]);

  it('covers every limited column of the database: either an input case or written by the server', async () => {
    const rows: { col: string }[] = (
      await db.orm.em.getKnex().raw(
        `select table_name || '.' || column_name as col from information_schema.columns
          where table_schema = 'public' and character_maximum_length is not null order by 1`,
      )
    ).rows;
    const covered = new Set(cases.map((c) => c.column));
    const unclassified = rows.map((r) => r.col).filter((col) => !covered.has(col) && !SERVER_WRITTEN.has(col));
    expect(unclassified, 'add an input case (or a reason it is server-written) for each new limited column').toEqual([]);
  });

  it('refuses a value one character over its column, naming the field, and changes nothing', async () => {
    const sizes = new Map<string, number>(
      (
        await db.orm.em.getKnex().raw(
          `select table_name || '.' || column_name as col, character_maximum_length as n from information_schema.columns
            where table_schema = 'public' and character_maximum_length is not null`,
        )
      ).rows.map((r: { col: string; n: number }) => [r.col, r.n]),
    );
    for (const c of cases) {
      const n = sizes.get(c.column)! + 1;
      // Wide characters too: the limit counts characters, as PostgreSQL does.
      for (const fill of [text('a'), text('网')]) {
        const { query, variables } = await c.send(fill, n);
        const before = await tableChecksums(db.orm);
        const res = await c.client().run(query, variables);
        expect(res.errors?.[0].extensions?.code, `${c.column} via ${c.field}: ${JSON.stringify(res)}`).toBe('BAD_USER_INPUT');
        expectRefused(res, c.field);
        expect(await tableChecksums(db.orm), c.column).toEqual(before);
      }
    }
  });

  it('keeps a long edition code plus item code in the audit trail, cut to fit its label', async () => {
    const code = 'HO-' + 'L'.repeat(37);
    await author.ok(`mutation { createStandardDraft(input: { code: "${code}", title: { zh: "长", en: "Long" } }) { code } }`);
    const item = 'P'.repeat(60);
    const saved = await author.run(
      `mutation { savePosition(editionCode: "${code}", expectedVersion: 1, input: { code: "${item}", name: { zh: "岗", en: "Post" } }) { version } }`,
    );
    expect(saved.errors).toBeUndefined();
    const events = await admin.ok('{ auditEvents(first: 1, filter: { operation: "standardEdition.savePosition" }) { nodes { objectLabel } } }');
    const label: string = events.auditEvents.nodes[0].objectLabel;
    expect(label).toHaveLength(100);
    expect(label.startsWith(`${code}/PPP`)).toBe(true);
    expect(label.endsWith('…')).toBe(true);
  });
});
