import { createServer } from 'node:http';
import { openDatabase } from './db/database.js';
import { initOrm, migrate } from './db/orm.js';
import { createApp } from './server.js';
import { seedDemoData } from './seed.js';
import { CONSOLE_DIST, DEFAULT_DATA_DIR } from './paths.js';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data,
 * then the API at /graphql and the console at / on one port.
 */
async function main() {
  const port = Number(process.env.PORT ?? 4000);
  const db = await openDatabase({ dataDir: process.env.PG_DATA_DIR ?? DEFAULT_DATA_DIR });
  console.log(process.env.DATABASE_URL ? 'Using the database at DATABASE_URL' : `Embedded PostgreSQL running (data in ${process.env.PG_DATA_DIR ?? DEFAULT_DATA_DIR})`);
  const orm = await initOrm({ url: db.url });
  const applied = await migrate(orm);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  if (process.env.SEED !== 'false') {
    const seeded = await seedDemoData(orm);
    const added = [
      seeded.unitsAdded && `${seeded.unitsAdded} units`,
      seeded.usersAdded && `${seeded.usersAdded} users`,
      seeded.tokensAdded && `${seeded.tokensAdded} API token`,
      seeded.standardAdded && 'the head-office standard HO-2026-01',
    ].filter(Boolean);
    if (added.length) console.log(`Demo data added: ${added.join(', ')}`);
  }
  const { app, apollo } = await createApp({ orm, consoleDir: CONSOLE_DIST });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`\n  Console:  http://localhost:${port}/\n  GraphQL:  http://localhost:${port}/graphql\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await apollo.stop();
    await orm.close();
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
