/**
 * The read path's fixed costs, asserted rather than timed: what a request
 * does before and around its resolvers (credential check, guard, Apollo's
 * plugins) and what unit reads build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';
import { DEMO_API_TOKEN, DEMO_PASSWORD } from '../seeds/demo-identities.js';
import { getSchema } from '../api/src/graphql/schema.js';
import { createApolloServer } from '../api/src/server.js';
import { GUARDED } from '../api/src/shared/auth/guard.js';
import { Scope } from '../api/src/shared/auth/scope.js';
import { SYSTEM_ACTOR, ANONYMOUS_ACTOR } from '../api/src/shared/actor.js';
import { LoaderRegistry } from '../api/src/shared/loaders.js';
import { ALL_UNITS, pageUnitsUnder, unitByCode, unitListOrder, unitsOnPath } from '../api/src/modules/org-unit/org-unit.queries.js';
import { OrgUnitView } from '../api/src/modules/org-unit/org-unit.view.js';
import { OrgUnitOrderField } from '../api/src/modules/org-unit/org-unit.inputs.js';
import { readPageArgs } from '../api/src/shared/pagination.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { res, body: (await res.json()) as { data?: any; errors?: any[]; extensions?: Record<string, unknown> } };
}

describe('the credential check', () => {
  it('costs one SQL statement per request once the activity stamp is fresh (session and API token alike)', async () => {
    const login = await post(`mutation { login(username: "ho_staff", password: "${DEMO_PASSWORD}") { token } }`);
    const session = { authorization: `Bearer ${login.body.data.login.token}` };
    app.db.resetQueries();
    expect((await post('{ __typename }', session)).body.data).toEqual({ __typename: 'Query' });
    expect(app.db.queries).toHaveLength(1);
    expect(app.db.queries[0]).toMatch(/from user_session s join app_user u .* join org_unit o/s);

    const token = { authorization: `Bearer ${DEMO_API_TOKEN.token}` };
    // The first use stamps the token (a second statement), the next within a minute does not.
    await post('{ __typename }', token);
    app.db.resetQueries();
    expect((await post('{ __typename }', token)).body.data).toEqual({ __typename: 'Query' });
    expect(app.db.queries).toHaveLength(1);
    expect(app.db.queries[0]).toMatch(/from api_token t join org_unit o/s);
  });

  it('a credential the statement finds no row for is refused with nothing else run', async () => {
    app.db.resetQueries();
    const refused = await post('{ orgUnit(code: "HO") { code } }', { authorization: `Bearer ost_${'A'.repeat(43)}` });
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.body.errors?.[0].message).toMatch(/not known/);
    expect(app.db.queries).toHaveLength(1);
  });
});

describe('the guard wraps root fields only', () => {
  // graphql is the API's dependency, not the tests' root: its types are reached through the schema's.
  type Schema = Awaited<ReturnType<typeof getSchema>>;
  type ObjectType = NonNullable<ReturnType<Schema['getQueryType']>>;
  type Info = Parameters<NonNullable<ReturnType<ObjectType['getFields']>[string]['resolve']>>[3];
  const info = (parentType: ObjectType, fieldName: string) => ({ parentType, fieldName }) as unknown as Info;

  it('a unit’s scalar fields resolve synchronously, even with no actor in the context (nothing checks them)', async () => {
    const schema = await getSchema();
    const type = schema.getType('OrgUnit') as ObjectType;
    for (const name of ['code', 'id', 'name', 'version']) {
      const resolve = type.getFields()[name].resolve;
      expect((resolve as { [GUARDED]?: true } | undefined)?.[GUARDED]).toBeUndefined();
      if (resolve) expect(resolve({ [name]: 'value' }, {}, {}, info(type, name))).toBe('value');
    }
  });

  it('every root field but the public ones is guarded, and refuses the anonymous before resolving', async () => {
    const schema = await getSchema();
    const query = schema.getQueryType()!;
    const mutation = schema.getMutationType()!;
    const unguarded = [query, mutation].flatMap((root) =>
      Object.values(root.getFields())
        .filter((f) => !(f.resolve as { [GUARDED]?: true } | undefined)?.[GUARDED])
        .map((f) => `${root.name}.${f.name}`),
    );
    expect(unguarded.sort()).toEqual(['Mutation.login', 'Mutation.logout']);
    expect(Object.keys(query.getFields()).length).toBeGreaterThan(5);
    const orgUnits = query.getFields().orgUnits.resolve!;
    expect(() => orgUnits(undefined, {}, { actor: ANONYMOUS_ACTOR }, info(query, 'orgUnits'))).toThrow(/UNAUTHENTICATED|sign in|credential/i);
    const close = mutation.getFields().closeOrgUnit.resolve!;
    expect(() => close(undefined, {}, { actor: { ...SYSTEM_ACTOR, readOnly: true } }, info(mutation, 'closeOrgUnit'))).toThrow(/read-only/);
  });
});

describe('Apollo’s cache-control plugin is off', () => {
  it('Apollo sets no cache header of its own (its plugin would say no-store); the server says no-store on every /graphql answer', async () => {
    const apollo = await createApolloServer();
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ __typename }' });
      expect(response.http.headers.get('cache-control')).toBeUndefined();
    } finally {
      await apollo.stop();
    }
    for (const headers of [{}, { authorization: `Bearer ${DEMO_API_TOKEN.token}` }] as Record<string, string>[]) {
      const { res, body } = await post('{ __typename }', headers);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(body.extensions?.cacheControl).toBeUndefined();
    }
  });
});

describe('unit reads', () => {
  it('build frozen OrgUnitView objects and leave the unit of work empty', async () => {
    const em = app.db.orm.em.fork();
    const ctx = { em, scope: new Scope(SYSTEM_ACTOR) };
    const loaders = new LoaderRegistry(ctx);
    const page = readPageArgs({ first: 5 }, unitListOrder(OrgUnitOrderField.CODE, false));
    const connection = (await pageUnitsUnder(ctx, [ALL_UNITS], { filter: {}, page })).get(ALL_UNITS)!;
    const outlet = await loaders.get(unitByCode).load('GD-FS-01');
    const chain = await unitsOnPath(loaders, outlet!.pathIds());
    for (const unit of [...connection.nodes, outlet!, ...chain]) {
      expect(unit).toBeInstanceOf(OrgUnitView);
      expect(Object.isFrozen(unit)).toBe(true);
      expect(Object.isFrozen(unit.name)).toBe(true);
      expect(unit.createdAt).toBeInstanceOf(Date);
    }
    expect(connection.nodes).toHaveLength(5);
    expect(connection.totalCount).toBeGreaterThan(5);
    expect(chain.map((u) => u.code)).toEqual(['HO', 'GD', 'GD-FS', 'GD-FS-01']);
    expect(chain[1].parentId).toBe(chain[0].id);
    expect([...em.getUnitOfWork().getIdentityMap()]).toEqual([]);
  });

  it('a page past the end still carries the count, in one statement', async () => {
    const em = app.db.orm.em.fork();
    const ctx = { em, scope: new Scope(SYSTEM_ACTOR) };
    const page = readPageArgs({ first: 5, offset: 100_000 }, unitListOrder(OrgUnitOrderField.CODE, false));
    app.db.resetQueries();
    const connection = (await pageUnitsUnder(ctx, [ALL_UNITS], { filter: {}, page })).get(ALL_UNITS)!;
    expect(app.db.queries).toHaveLength(1);
    expect(connection.nodes).toEqual([]);
    expect(connection.totalCount).toBeGreaterThan(5);
  });
});

describe('the input guard walks selections, fragments included', () => {
  it('finds bad arguments in named fragments, inline fragments and nested fields, and names each', async () => {
    const { actorFor, createGraphqlClient } = await import('./support/graphql.js');
    const admin = await createGraphqlClient(app.db.orm, await actorFor(app.db.orm, 'admin'));
    try {
      const result = await admin.run(
        `query($s: String) { ...Top ... on Query { orgUnit(code: "HO\\u0007") { code } } list: orgUnits(first: 1) { nodes { ...Below } } }
         fragment Top on Query { orgUnits(filter: { search: "a\\u0001" }) { totalCount } }
         fragment Below on OrgUnit { descendants(filter: { search: $s }) { totalCount } }`,
        { s: 'b\u0002' },
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (result.errors![0].extensions!.violations as { field: string; rule: string }[]).map((v) => `${v.field}:${v.rule}`).sort();
      expect(fields).toEqual(['code:no-control-characters', 'filter.search:no-control-characters', 'filter.search:no-control-characters']);
      // Well-formed arguments in the same shapes pass.
      const fine = await admin.run(
        `{ ...Top ... on Query { orgUnit(code: "HO") { code } } } fragment Top on Query { orgUnits(filter: { search: "网点" }) { totalCount } }`,
      );
      expect(fine.errors).toBeUndefined();
    } finally {
      await admin.stop();
    }
  });
});
