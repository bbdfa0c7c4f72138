import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, MikroORM, Property } from '@mikro-orm/postgresql';
import { GraphQLEnumType, GraphQLObjectType } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { ormConfig } from '../../db/orm.js';
import { entities } from '../index.js';
import { getSchema } from '../../graphql/schema.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { AUDIT_OPERATIONS } from '../audit/audit-operations.js';
import { EditionItem, StandardEdition, Zone } from './standard.entities.js';
import { KINDS, STANDARD_AUDIT_OPERATIONS } from './standard.kinds.js';
import { defineKind, type ContentKind } from './standard.kind.js';
import type { ServiceRule } from './standard.entities.js';
import type { ServiceRuleInput } from './standard.inputs.js';
import { compact, diffContents, loadContents, validateContent } from './standard.content.js';
import { PARAMETER_INPUT_FIELD } from './standard.types.js';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import { toRuleParameter } from '../../seed-standard.js';
import { createDraft } from './standard.service.js';

/**
 * The kind registry is the one list of content kinds: these tests hold the
 * served schema to it, and show that a kind added to it (here a throwaway
 * "signage" kind with its own table, in this test's build only) is loaded,
 * diffed and validated with no other code written for it.
 */

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
});
afterAll(() => db?.close());

describe('the kind registry and the served schema', () => {
  it('agree: each kind has its list field, its save mutation, its enum value and its audit operations', async () => {
    const schema = await getSchema();
    const enumValues = (schema.getType('StandardItemKind') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(enumValues.sort()).toEqual(KINDS.map((k) => k.kind).sort());
    const editionFields = (schema.getType('StandardEdition') as GraphQLObjectType).getFields();
    const mutations = schema.getMutationType()!.getFields();
    for (const spec of KINDS) {
      expect(String(editionFields[spec.list]?.type), spec.list).toBe(`[${spec.entity.name}!]!`);
      const save = mutations[spec.saveMutation];
      expect(save, spec.saveMutation).toBeDefined();
      expect(String(save.type)).toBe('StandardEdition!');
      expect(Object.fromEntries(save.args.map((a) => [a.name, String(a.type)]))).toEqual({
        editionCode: 'String!',
        expectedVersion: 'Int!',
        input: `${spec.input.name}!`,
      });
      expect(AUDIT_OPERATIONS[spec.audit.save], spec.audit.save).toBeDefined();
      expect(AUDIT_OPERATIONS[spec.audit.remove], spec.audit.remove).toBeDefined();
    }
    // No save mutation of an edition's content, or list field, outside the registry (other modules save other things).
    expect(Object.keys(mutations).filter((m) => /^save[A-Z]/.test(m) && String(mutations[m].type) === 'StandardEdition!').sort()).toEqual(KINDS.map((k) => k.saveMutation).sort());
    const lists = Object.values(editionFields).filter((f) => /^\[\w+!\]!$/.test(String(f.type)) && KINDS.some((k) => `[${k.entity.name}!]!` === String(f.type)));
    expect(lists.map((f) => f.name).sort()).toEqual(KINDS.map((k) => k.list).sort());
    // The one per-kind argument: classifiers filter by code list.
    expect(editionFields.classifiers.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['kind: ClassifierKind']);
    expect(editionFields.positions.args).toEqual([]);
  });

  it('describes itself to clients through standardKinds, in registry order', async () => {
    const author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
    const { standardKinds, auditOperations, auditObjectTypes } = await author.ok(
      `{ standardKinds { kind listField saveMutation inputType keyFields reportKey auditOperations } auditOperations auditObjectTypes }`,
    );
    await author.stop();
    expect(standardKinds.map((k: { kind: string }) => k.kind)).toEqual(KINDS.map((k) => k.kind));
    expect(standardKinds.find((k: { kind: string }) => k.kind === 'CLASSIFIER')).toEqual({
      kind: 'CLASSIFIER',
      listField: 'classifiers',
      saveMutation: 'saveClassifier',
      inputType: 'ClassifierInput',
      keyFields: ['kind', 'code'],
      reportKey: 'classifier',
      auditOperations: ['standardEdition.saveClassifier', 'standardEdition.removeClassifier'],
    });
    // The audit registry the console's filter reads lists every kind's operations.
    expect(auditOperations).toEqual(expect.arrayContaining([...STANDARD_AUDIT_OPERATIONS.map((o) => o.operation), 'orgUnit.create', 'user.signIn']));
    // …and every object type its rows name: the edition and each kind's entity, after the units, users and tokens, then local versions and outlet plans.
    expect(auditObjectTypes).toEqual(['OrgUnit', 'User', 'ApiToken', 'StandardEdition', ...KINDS.map((k) => k.entity.name), 'LocalVersion', 'OutletPlan', 'Rollout', 'RolloutPlan']);
  });
});

// ---- a throwaway kind, registered in this test's build only ----

@Entity({ tableName: 'std_test_signage' })
class Signage extends EditionItem {
  @Property({ type: 'string', length: 60 })
  zone!: string;

  @Property({ type: 'integer' })
  count!: number;
}

class SignageInput {
  code!: string;
  zone!: string;
  count!: number;
}

const signage = defineKind({
  kind: 'SIGNAGE',
  list: 'signs',
  entity: Signage,
  input: SignageInput,
  noun: 'a sign',
  reportKey: 'sign',
  validate(items, at) {
    const zones = new Set(at.items(Zone).map((z) => z.code));
    for (const s of items) if (!zones.has(s.zone)) at.add(`${s.code}/zone`, 'exists', `zone ${s.zone} is not defined`);
  },
});
const WITH_SIGNAGE = [...KINDS, signage] as const;

describe('a kind added to the registry', () => {
  let orm: MikroORM;
  const queries: string[] = [];
  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormConfig({ url: db.url }), entities: [...entities, Signage] });
    orm.em.getKnex().on('query', (q: { sql: string }) => queries.push(q.sql));
    await orm.em.getConnection().execute(
      `create table std_test_signage (id uuid primary key, edition_id uuid not null references standard_edition (id) on delete cascade,
        code varchar(60) not null, zone varchar(60) not null, count int not null)`,
    );
  });
  afterAll(() => orm?.close(true));

  it('is loaded, diffed and validated with the others, and loading stays one statement per kind', async () => {
    const em = orm.em.fork();
    const system = new Scope(SYSTEM_ACTOR);
    const title = { zh: '标识', en: 'Signage' };
    const a = await createDraft(em, system, { code: 'HO-SIGN-A', title, basedOnCode: 'HO-2026-01' });
    const b = await createDraft(em, system, { code: 'HO-SIGN-B', title, basedOnCode: 'HO-2026-01' });
    const sign = (edition: StandardEdition, code: string, zone: string, count: number) => em.create(Signage, { edition, code, zone, count });
    sign(a, 'DOOR', 'CONSULTATION', 2);
    sign(b, 'DOOR', 'CONSULTATION', 3);
    sign(b, 'WALL', 'NOWHERE', 1);
    await em.flush();

    queries.length = 0;
    const contents = await loadContents(orm.em.fork(), [a.id, b.id], WITH_SIGNAGE);
    expect(queries).toHaveLength(WITH_SIGNAGE.length);
    const [ca, cb] = [contents.get(a.id)!, contents.get(b.id)!];
    expect(ca.signs.map((s) => [s.code, s.count])).toEqual([['DOOR', 2]]);
    expect(cb.signs.map((s) => s.code)).toEqual(['DOOR', 'WALL']);
    expect(ca.positions.length).toBeGreaterThan(0); // the registered kinds load as before

    expect(diffContents(ca, cb, WITH_SIGNAGE)).toEqual([
      { kind: 'SIGNAGE', code: 'DOOR', change: 'CHANGED', fields: [{ field: 'count', before: 2, after: 3 }] },
      { kind: 'SIGNAGE', code: 'WALL', change: 'ADDED', fields: [{ field: 'code', before: null, after: 'WALL' }, { field: 'zone', before: null, after: 'NOWHERE' }, { field: 'count', before: null, after: 1 }] },
    ]);
    expect(validateContent(ca, WITH_SIGNAGE)).toEqual([]);
    expect(validateContent(cb, WITH_SIGNAGE)).toEqual([{ path: 'sign/WALL/zone', rule: 'exists', message: 'zone NOWHERE is not defined' }]);
  });

  it('gets its key, save mutation and audit names from its entry', () => {
    expect(signage.saveMutation).toBe('saveSignage');
    expect(signage.saveDescription).toBe('Adds or replaces (by code) a sign in a draft');
    expect(signage.audit).toEqual({ save: 'standardEdition.saveSignage', remove: 'standardEdition.removeSignage' });
    const classifier = KINDS.find((k) => k.kind === 'CLASSIFIER')!;
    expect(classifier.key({ kind: 'CORPORATE_SIZE', code: 'SMALL' })).toBe('CORPORATE_SIZE/SMALL');
    expect(classifier.whereKey('CORPORATE_SIZE/SMALL')).toEqual({ kind: 'CORPORATE_SIZE', code: 'SMALL' });
    expect(classifier.whereKey('SMALL')).toBeNull();
  });
});

describe("a service rule's parameters, input and stored", () => {
  it('store the one value field the type names as value, and give it back as that field', () => {
    const spec = KINDS.find((k) => k.kind === 'SERVICE_RULE') as ContentKind<'SERVICE_RULE', 'serviceRules', ServiceRule, ServiceRuleInput>;
    const rules = bankStandard.serviceRules.map((r) => compact({ ...r, parameters: r.parameters.map(toRuleParameter) }));
    for (const input of rules) {
      const stored = spec.toEntity(input) as { parameters: { type: string; value: unknown }[] };
      for (const [i, p] of stored.parameters.entries()) {
        expect(p).not.toHaveProperty(PARAMETER_INPUT_FIELD[p.type as keyof typeof PARAMETER_INPUT_FIELD]);
        expect(p.value, `${input.code}/${p.type}`).toEqual((input.parameters[i] as Record<string, unknown>)[PARAMETER_INPUT_FIELD[p.type as keyof typeof PARAMETER_INPUT_FIELD]]);
      }
      expect(spec.toInput(stored as unknown as Record<string, unknown>)).toEqual(input);
    }
  });
});
