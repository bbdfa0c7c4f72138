import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';
import { approveAndPublish } from './support/editions.js';
import { seedDemoData } from '../api/src/seed.js';

/**
 * A transaction holds one pg connection, which answers one statement at a
 * time. Sending a second before the first has answered makes pg warn "client
 * is already executing a query" (pg 9 will refuse it). Node prints such a
 * deprecation once per process, so this file runs on its own and listens
 * from the start.
 */
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
let db: TestDatabase;
let author: Awaited<ReturnType<typeof createGraphqlClient>>;
let approver: Awaited<ReturnType<typeof createGraphqlClient>>;

beforeAll(async () => {
  process.on('warning', onWarning);
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  approver = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_approver'));
});
afterAll(async () => {
  process.off('warning', onWarning);
  await author?.stop();
  await approver?.stop();
  await db?.close();
});

describe('one statement at a time on a transaction connection', () => {
  it('copies and publishes a whole edition (every content kind loaded inside the transaction) without overlapping statements', async () => {
    const draft = (
      await author.ok(`mutation($input: CreateStandardDraftInput!) { createStandardDraft(input: $input) { code version } }`, {
        input: { code: 'HO-2027-01', title: { zh: '2027年版', en: '2027 edition' }, basedOnCode: 'HO-2026-01' },
      })
    ).createStandardDraft;
    const published = await approveAndPublish(author, approver, 'HO-2027-01', draft.version, 'status positions { code }');
    // The copy is whole: every position of the seeded edition came across.
    const source = (await author.ok(`{ standardEdition(code: "HO-2026-01") { positions { code } } }`)).standardEdition;
    expect(published.status).toBe('PUBLISHED');
    expect(published.positions.length).toBeGreaterThan(0);
    expect(published.positions).toEqual(source.positions);
    // Warnings are emitted on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((m) => /already executing a query/.test(m))).toEqual([]);
  });
});
