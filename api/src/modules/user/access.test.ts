import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLEnumType, GraphQLScalarType, type GraphQLInputType } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { getSchema } from '../../graphql/schema.js';
import { authenticate } from '../session/authenticate.js';
import { loadSecurityConfig } from '../../config.js';
import { DEMO_API_TOKEN } from '../../../../seeds/demo-identities.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Actor } from '../../shared/actor.js';

let db: TestDatabase;
let tokenActor: Actor;
const security = loadSecurityConfig();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  const auth = await authenticate(db.orm.em.fork(), { headers: { authorization: `Bearer ${DEMO_API_TOKEN.token}` } }, security);
  tokenActor = auth.actor!;
});
afterAll(() => db?.close());

async function as(username: string) {
  return createGraphqlClient(db.orm, username === 'token' ? tokenActor : await actorFor(db.orm, username));
}

const VISIBLE = `{ orgUnits(first: 2) { totalCount nodes { code } } }`;
const UNIT = `query($code: String!) { orgUnit(code: $code) { code children { code } childCount } }`;
const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { code } }`;

describe('what each demo identity can read', () => {
  // Visible = own unit, everything below it, and the chain above it.
  it.each([
    ['ho_staff', 28, ['GD', 'GD-FS-01', 'SC-CDJJ-03']],
    ['auditor', 28, ['JS-NJGL', 'SC']],
    ['admin', 28, ['GD']],
    ['t1_staff', 10, ['GD', 'GD-GZTH-02', 'HO']],
    ['t2_staff', 6, ['GD-FS', 'GD-FS-03', 'HO', 'GD']],
    ['outlet_head', 4, ['GD-FS-01', 'GD-FS', 'GD', 'HO']],
    ['token', 10, ['GD', 'GD-FS-01', 'HO']],
  ])('%s sees %i units, including %j', async (who, total, examples) => {
    const gql = await as(who);
    const list = (await gql.ok(VISIBLE)).orgUnits;
    expect(list.totalCount).toBe(total);
    for (const code of examples) expect((await gql.ok(UNIT, { code })).orgUnit?.code).toBe(code);
    await gql.stop();
  });

  it.each([
    ['t1_staff', ['JS', 'JS-SZ-01', 'SC-MY']],
    ['t2_staff', ['GD-GZTH', 'GD-GZTH-01', 'JS']],
    ['outlet_head', ['GD-FS-02', 'GD-GZTH', 'JS-SZ-01']],
    ['token', ['JS', 'SC-CDJJ-01']],
  ])('%s cannot read %j: they read as absent (null), like an unknown code', async (who, codes) => {
    const gql = await as(who);
    for (const code of codes) expect((await gql.ok(UNIT, { code })).orgUnit).toBeNull();
    await gql.stop();
  });

  it('never leaks siblings through children, counts, subtree pages or filters', async () => {
    const gql = await as('outlet_head');
    const parent = (await gql.ok(UNIT, { code: 'GD-FS' })).orgUnit;
    expect(parent.children.map((c: any) => c.code)).toEqual(['GD-FS-01']);
    expect(parent.childCount).toBe(1);
    const ho = (await gql.ok(UNIT, { code: 'HO' })).orgUnit;
    expect(ho.children.map((c: any) => c.code)).toEqual(['GD']);
    const page = (await gql.ok(`{ orgUnit(code: "HO") { descendants(first: 1, filter: { level: OUTLET }) { totalCount pageInfo { hasNextPage } nodes { code } } } }`)).orgUnit.descendants;
    expect(page).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [{ code: 'GD-FS-01' }] });
    const searched = (await gql.ok(`{ orgUnits(filter: { search: "网点" }) { totalCount nodes { code } } }`)).orgUnits;
    expect(searched.nodes.map((n: any) => n.code)).toEqual([]);
    const within = (await gql.ok(`{ orgUnits(filter: { within: "GD-FS" }) { nodes { code } } }`)).orgUnits;
    expect(within.nodes.map((n: any) => n.code)).toEqual(['GD-FS', 'GD-FS-01']);
    const under = await gql.run(`{ orgUnits(filter: { under: "JS" }) { totalCount } }`);
    expect(under.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.under' });
    await gql.stop();
  });
});

describe('what each demo identity can write', () => {
  const outlet = (code: string, parentCode: string) => ({ input: { code, level: 'OUTLET', parentCode, name: { zh: '新网点', en: 'New outlet' } } });

  it('lets the administrator change the org structure, and nobody else', async () => {
    const admin = await as('admin');
    expect((await admin.ok(CREATE, outlet('GD-FS-07', 'GD-FS'))).createOrgUnit.code).toBe('GD-FS-07');
    for (const who of ['ho_staff', 't1_staff', 't2_staff', 'outlet_head', 'auditor']) {
      const gql = await as(who);
      const res = await gql.run(CREATE, outlet(`X-${who.toUpperCase()}`, 'GD-FS'));
      expect(res.errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
      expect(res.errors?.[0].message, who).toMatch(/needs the role ADMIN/);
      await gql.stop();
    }
    await admin.stop();
  });

  it('lets the auditor read the audit trail but change nothing', async () => {
    const auditor = await as('auditor');
    const events = (await auditor.ok(`{ auditEvents(first: 5, filter: { operation: "orgUnit.create" }) { totalCount nodes { actorName operation objectLabel changes } } }`)).auditEvents;
    expect(events.totalCount).toBeGreaterThan(20);
    const res = await auditor.run(`mutation { issueApiToken(input: { name: "x", system: "X_SYS", scopeUnitCode: "HO", expiresAt: "2027-01-01T00:00:00Z" }) { token } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await auditor.stop();
  });

  it('keeps the audit trail from branch and outlet staff, and shows branches only their part', async () => {
    const outletHead = await as('outlet_head');
    const res = await outletHead.run(`{ auditEvents { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await outletHead.stop();
  });
});

/** Builds a value that satisfies a GraphQL input type, so a mutation gets past argument validation. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  const scalar = (type as GraphQLScalarType).name;
  return { Int: 1, Float: 1, Boolean: true, ID: '00000000-0000-7000-8000-000000000000', DateTimeISO: '2030-01-01T00:00:00Z' }[scalar] ?? 'X';
}

describe('an integrator API token', () => {
  it('is refused on every mutation the schema has (except signing in and out)', async () => {
    const schema = await getSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !f.extensions.public);
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    const gql = await as('token');
    const auditBefore = await db.orm.em.fork().count(AuditEvent, {});
    for (const field of mutations) {
      const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const values = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
      const type = field.type.toString().replace(/[[\]!]/g, '');
      const selection = ['Boolean', 'String', 'Int', 'ID'].includes(type) ? '' : ' { __typename }';
      const res = await gql.run(`mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`, values);
      expect(res.errors?.[0].extensions?.code, field.name).toBe('FORBIDDEN');
      expect(res.errors?.[0].message, field.name).toMatch(/read-only/);
    }
    expect(await db.orm.em.fork().count(AuditEvent, {})).toBe(auditBefore);
    await gql.stop();
  });

  it('is refused once expired or revoked, and records when it was last used', async () => {
    const admin = await as('admin');
    const issued = (await admin.ok(`mutation { issueApiToken(input: { name: "预处理系统 Pre-processing", system: "FORM_FREE", scopeUnitCode: "JS", expiresAt: "2028-06-01T00:00:00Z" }) { token apiToken { id prefix lastUsedAt scopeUnit { code } } } }`)).issueApiToken;
    expect(issued.token).toMatch(/^ost_/);
    expect(issued.apiToken.scopeUnit.code).toBe('JS');
    const headers = { authorization: `Bearer ${issued.token}` };

    const ok = await authenticate(db.orm.em.fork(), { headers }, security);
    expect(ok.actor).toMatchObject({ kind: 'API_TOKEN', readOnly: true, unit: { code: 'JS' } });
    const listed = (await admin.ok(`{ apiTokens { nodes { id lastUsedAt } } }`)).apiTokens.nodes.find((t: any) => t.id === issued.apiToken.id);
    expect(listed.lastUsedAt).not.toBeNull();

    const later = new Date("2028-06-02T00:00:00Z");
    expect((await authenticate(db.orm.em.fork(), { headers }, security, later)).error?.message).toMatch(/expired/);

    await admin.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: issued.apiToken.id });
    const revoked = await authenticate(db.orm.em.fork(), { headers }, security);
    expect(revoked.actor).toBeUndefined();
    expect(revoked.error?.extensions.code).toBe('UNAUTHENTICATED');
    expect(revoked.error?.message).toMatch(/revoked/);

    const events = await db.orm.em.fork().find(AuditEvent, { objectId: issued.apiToken.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => e.operation)).toEqual(['apiToken.issue', 'apiToken.revoke']);
    expect(events[1].changes.revokedAt.before).toBeNull();
    expect(events[1].changes.revokedAt.after).toBeTruthy();
    await admin.stop();
  });
});
