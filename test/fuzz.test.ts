import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from '../api/node_modules/graphql/index.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';
import { BUSINESS_TABLES, tableChecksums } from './support/checksum.js';
import { seedDemoData } from '../api/src/seed.js';
import { getSchema } from '../api/src/graphql/schema.js';
import { ANONYMOUS_ACTOR, SYSTEM_ACTOR, type Actor } from '../api/src/shared/actor.js';
import { createUser } from '../api/src/modules/user/user.service.js';
import { Scope } from '../api/src/shared/auth/scope.js';
import { ApiToken } from '../api/src/modules/api-token/api-token.entity.js';
import { OrgUnit } from '../api/src/modules/org-unit/org-unit.entity.js';
import { Role } from '../api/src/shared/auth/roles.js';

/**
 * Property-based fuzzing of the whole served schema: every query and mutation,
 * with arguments generated from their types (hostile strings, huge and negative
 * numbers, forged cursors, unknown enum values, over-long texts, missing
 * fields), as several identities. New fields are fuzzed without touching this
 * file. Two properties hold for every request:
 *
 * - the API never answers with an internal error, and
 * - nothing the caller may not change has changed.
 *
 * Seeded and bounded: FUZZ_RUNS (default 300, split across identities) and
 * FUZZ_SEED reproduce or widen a run; a failure prints its seed and request.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

let db: TestDatabase;
let schema: GraphQLSchema;
const knownStrings: string[] = ['HO', 'GD', 'GD-FS', 'GD-FS-01', 'SC', 'JS', 'HO-2026-01', 'FUZZ-DRAFT', 't2_staff', 'admin', 'fs_admin', 'GENERAL', 'CNY'];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  schema = await getSchema();
  const em = db.orm.em.fork();
  // A scoped administrator: may change Foshan and below, nothing else.
  await createUser(em, new Scope(SYSTEM_ACTOR), {
    username: 'fs_admin', displayName: 'Foshan admin', orgUnitCode: 'GD-FS', roles: [Role.ADMIN], password: 'fuzzing passphrase for foshan',
  });
  const author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  await author.ok('mutation { createStandardDraft(input: { code: "FUZZ-DRAFT", basedOnCode: "HO-2026-01", title: { zh: "模糊", en: "Fuzz" } }) { code } }');
  // Real cursors and ids, so the fuzzer also tampers with genuine ones.
  const admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
  const pages = await admin.ok('{ orgUnits(first: 2) { pageInfo { endCursor } } auditEvents(first: 1) { pageInfo { endCursor } } apiTokens(first: 1) { nodes { id } pageInfo { endCursor } } users(first: 2) { pageInfo { endCursor } } }');
  knownStrings.push(pages.orgUnits.pageInfo.endCursor, pages.auditEvents.pageInfo.endCursor, pages.apiTokens.pageInfo.endCursor, pages.users.pageInfo.endCursor, pages.apiTokens.nodes[0].id);
  await Promise.all([author.stop(), admin.stop()]);
});
afterAll(() => db?.close());

// ---- arbitraries from types ---------------------------------------------------

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f');
const hostileString = fc.oneof(
  fc.constantFrom(...knownStrings),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.constantFrom(...knownStrings), CONTROL).map(([s, c]) => s + c),
  fc.tuple(fc.string({ maxLength: 5 }), CONTROL, fc.string({ maxLength: 5 })).map(([a, c, b]) => a + c + b),
  fc.tuple(fc.constantFrom(17, 33, 41, 61, 65, 101, 201, 301, 1025, 4001), fc.constantFrom('A', 'a', '网', '%', '\\', "'")).map(([n, c]) => c.repeat(n)),
  // Forged cursors: any JSON, base64url-encoded, often shaped like a real one.
  fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.tuple(fc.constantFrom('orgUnits:CODE:asc', 'orgUnits:LEVEL:desc', 'auditEvents', 'apiTokens', 'users'), fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 })))
    .map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')),
  fc.constantFrom('W10', '', ' ', '%', '_', '\\', "' or 1=1 --", '../../etc/passwd', '\ud800'),
);
const int = fc.oneof(
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom(0, -1, 500, 501, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53)),
  fc.integer(),
);
const float = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 50_000, 1_000_000));
const dateTime = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '2026-02-30T00:00:00Z', 'yesterday', ''),
  fc.constant(new Date(Date.now() + 86_400_000).toISOString()),
);
const uuid = fc.oneof(fc.uuid(), hostileString);

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type) as GraphQLInputType;
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(nullable)) return fc.array(valueOf(nullable.ofType, depth + 1), { maxLength: 3 });
    if (isEnumType(nullable)) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...nullable.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'code') });
    if (isInputObjectType(nullable)) {
      if (depth > 5) return fc.constant({});
      const fields = Object.values(nullable.getFields());
      const shape = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)]));
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
      // Mostly well-formed, sometimes with a required field missing.
      return fc.oneof({ weight: 9, arbitrary: fc.record(shape, { requiredKeys: required as never }) }, { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) });
    }
    switch (nullable.name) {
      case 'String': return hostileString;
      case 'ID': return uuid;
      case 'Int': return int;
      case 'Float': return float;
      case 'Boolean': return fc.oneof(fc.boolean(), fc.constant('true'));
      case 'DateTimeISO': return dateTime;
      default: return fc.oneof(hostileString, int);
    }
  })();
  return isNonNullType(type) ? fc.oneof({ weight: 19, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : fc.option(inner, { freq: 3, nil: undefined });
}

interface Request {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation per root field: arguments as variables, a selection two levels deep (nested arguments fuzzed too). */
function requestsFor(kind: 'query' | 'mutation'): fc.Arbitrary<Request>[] {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).map((field) => {
    const vars: { name: string; type: GraphQLInputType }[] = [];
    const args = (f: GraphQLField<unknown, unknown>) => {
      if (!f.args.length) return '';
      return '(' + f.args.map((a) => {
        const name = `v${vars.length}`;
        vars.push({ name, type: a.type });
        return `${a.name}: $${name}`;
      }).join(', ') + ')';
    };
    const select = (type: GraphQLOutputType, depth: number): string => {
      const named = getNamedType(type);
      if (isLeafType(named)) return '';
      if (!isObjectType(named)) return '{ __typename }';
      const parts = Object.values(named.getFields()).flatMap((f) => {
        if (isLeafType(getNamedType(f.type))) return [f.name + args(f)];
        return depth > 0 ? [`${f.name}${args(f)} ${select(f.type, depth - 1)}`] : [];
      });
      return `{ __typename ${parts.join(' ')} }`;
    };
    const call = `${field.name}${args(field)} ${select(field.type, 2)}`;
    const query = `${kind}${vars.length ? `(${vars.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : ''} { ${call} }`;
    return fc
      .record(Object.fromEntries(vars.map((v) => [v.name, valueOf(v.type)])))
      .map((variables) => ({ field: field.name, query, variables }));
  });
}

// ---- identities and what each may not change ----------------------------------

interface Identity {
  name: string;
  actor: () => Promise<Actor>;
  /** Rows this identity may not change, by table (a table not named is protected whole). */
  protectedRows?: () => Promise<Partial<Record<string, string>>>;
  ignore?: Partial<Record<string, string[]>>;
}

async function unitPath(code: string) {
  return (await db.orm.em.fork().findOneOrFail(OrgUnit, { code })).path;
}

const identities: Identity[] = [
  { name: 'anonymous', actor: async () => ANONYMOUS_ACTOR },
  {
    name: 'read-only API token (Guangdong)',
    actor: async () => {
      const token = await db.orm.em.fork().findOneOrFail(ApiToken, { name: { $ne: null } }, { populate: ['scopeUnit'] });
      const unit = token.scopeUnit.getEntity();
      return { kind: 'API_TOKEN', id: token.id, name: `token:${token.name}`, unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level }, roles: [], readOnly: true };
    },
  },
  { name: 't2_staff (branch staff, no write role)', actor: () => actorFor(db.orm, 't2_staff') },
  {
    name: 'fs_admin (administrator of Foshan)',
    actor: () => actorFor(db.orm, 'fs_admin'),
    protectedRows: async () => {
      const outside = `not like '${await unitPath('GD-FS')}%'`;
      return {
        org_unit: `t.path ${outside}`,
        app_user: `t.org_unit_id in (select id from org_unit where path ${outside})`,
        api_token: `t.scope_unit_id in (select id from org_unit where path ${outside})`,
        audit_event: `t.unit_path ${outside}`,
      };
    },
  },
  {
    name: 'ho_staff (standards author)',
    actor: () => actorFor(db.orm, 'ho_staff'),
    // Drafts are theirs to change; published editions' content never changes (publishing only supersedes the current one).
    protectedRows: async () => {
      const published = (await db.orm.em.getKnex().raw(`select id from standard_edition where status = 'PUBLISHED'`)).rows.map((r: { id: string }) => `'${r.id}'`);
      const inPublished = `t.edition_id in (${published.join(', ')})`;
      return {
        standard_edition: `t.id in (${published.join(', ')})`,
        std_position: inPublished, std_zone: inPublished, std_device_type: inPublished, std_outlet_category: inPublished,
        std_customer_tier: inPublished, std_classifier: inPublished, std_service_rule: inPublished,
        audit_event: `t.object_type not like 'Std%' and t.operation not like 'standardEdition.%'`,
      };
    },
    ignore: { standard_edition: ['is_current', 'version', 'updated_at'] },
  },
];

describe('fuzzing every query and mutation', () => {
  it(`never answers with an internal error and never changes what the caller may not change (${RUNS} requests, seed ${SEED})`, async () => {
    const requests = fc.oneof(...requestsFor('query'), ...requestsFor('mutation'));
    const perIdentity = Math.max(1, Math.ceil(RUNS / identities.length));
    const seen = { requests: 0, refused: 0 };
    for (const [i, identity] of identities.entries()) {
      const client = await createGraphqlClient(db.orm, await identity.actor());
      const where = (await identity.protectedRows?.()) ?? {};
      const tables = BUSINESS_TABLES;
      const before = await tableChecksums(db.orm, where, tables, identity.ignore);
      try {
        await fc.assert(
          fc.asyncProperty(requests, async (req) => {
            const res = await client.run(req.query, req.variables);
            seen.requests++;
            if (res.errors?.length) seen.refused++;
            const internal = (res.errors ?? []).filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
            expect(internal.map((e) => e.message), `${identity.name}: ${req.field}`).toEqual([]);
            if (req.query.startsWith('mutation')) {
              expect(await tableChecksums(db.orm, where, tables, identity.ignore), `${identity.name} changed protected rows via ${req.field}`).toEqual(before);
            }
          }),
          { seed: SEED + i, numRuns: perIdentity, endOnFailure: true },
        );
        // Checked after every mutation above; this also covers queries run after the last one.
        expect(await tableChecksums(db.orm, where, tables, identity.ignore), identity.name).toEqual(before);
      } finally {
        await client.stop();
      }
    }
    expect(seen.requests).toBeGreaterThanOrEqual(RUNS);
    // Most hostile requests are refused; some must get through, or the fuzzer only tests the edge.
    expect(seen.refused).toBeLessThan(seen.requests);
  }, 600_000);
});
