import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, startEmbeddedPostgres } from './db/database.js';
import { initOrm, migrate } from './db/orm.js';
import { printPublishedSchema } from './graphql/schema.js';
import { seedDemoData } from './seed.js';
import { DEFAULT_DATA_DIR, MIGRATIONS_DIR, SCHEMA_FILE } from './paths.js';

/** Developer commands behind `npm run schema:print`, `seed` and `migration:create`. */
const commands: Record<string, () => Promise<void>> = {
  async schema() {
    await writeFile(SCHEMA_FILE, await printPublishedSchema());
    console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  },

  async seed() {
    const db = await openDatabase({ dataDir: process.env.PG_DATA_DIR ?? DEFAULT_DATA_DIR });
    const orm = await initOrm({ url: db.url });
    try {
      await migrate(orm);
      console.log(await seedDemoData(orm));
    } finally {
      await orm.close();
      await db.stop();
    }
  },

  /** Diffs the entities against a scratch database migrated to the latest migration. */
  async 'migration:create'() {
    const dir = await mkdtemp(path.join(tmpdir(), 'migration-'));
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), persistent: false });
    const orm = await initOrm({ url: db.url });
    try {
      await migrate(orm);
      const migrator = orm.getMigrator();
      (migrator as unknown as { options: { path: string; pathTs: string } }).options.path = MIGRATIONS_DIR;
      const result = await migrator.createMigration(MIGRATIONS_DIR, false, false, process.argv[3]);
      if (!result.fileName) console.log('No changes: the migrations already match the entities.');
      else console.log(`Wrote api/src/migrations/${result.fileName}; add it to api/src/migrations/index.ts`);
    } finally {
      await orm.close();
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const name = process.argv[2];
const command = commands[name];
if (!command) {
  console.error(`usage: cli.ts ${Object.keys(commands).join(' | ')}`);
  process.exit(2);
}
command().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
