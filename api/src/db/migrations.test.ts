import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.js';
import { migrationsList } from '../migrations/index.js';
import { MIGRATIONS_DIR } from '../paths.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('migrations', () => {
  it('bring the database exactly to what the entities describe (no drift, nothing left for schema:update)', async () => {
    const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are all registered in migrations/index.ts', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(migrationsList.map((m) => m.name).sort()).toEqual(files.sort());
  });

  it('keep the audit trail append-only in the database itself', async () => {
    const knex = db.orm.em.getKnex();
    await knex('audit_event').insert({ id: '00000000-0000-7000-8000-000000000001', actor_name: 't', operation: 'x', object_type: 'X', object_id: '1', unit_path: '/', changes: '{}' });
    await expect(knex('audit_event').update({ actor_name: 'someone else' })).rejects.toThrow(/append-only/);
    await expect(knex('audit_event').delete()).rejects.toThrow(/append-only/);
  });
});
