import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createApp } from '../../api/src/server.js';
import { seedDemoData } from '../../api/src/seed.js';
import { CONSOLE_DIST, REPO_ROOT } from '../../api/src/paths.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { loadSecurityConfig, type SecurityConfig } from '../../api/src/config.js';
import type { Logger } from '../../api/src/shared/log.js';

/**
 * The real server (API at /graphql, console at /) on a random port, against a
 * fresh database of its own with the demo data loaded.
 */
export async function startTestApp(security: Partial<SecurityConfig> = {}, options: { logger?: Logger } = {}) {
  if (!existsSync(path.join(CONSOLE_DIST, 'index.html'))) {
    // `npm test` builds the console first; this covers running one file directly.
    const built = spawnSync(path.join(REPO_ROOT, 'console', 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: path.join(REPO_ROOT, 'console'),
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('building the console failed');
  }
  const db = await createTestDatabase();
  await seedDemoData(db.orm);
  const { app, apollo } = await createApp({ orm: db.orm, consoleDir: CONSOLE_DIST, security: loadSecurityConfig(security), logger: options.logger });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await db.close();
    },
  };
}
