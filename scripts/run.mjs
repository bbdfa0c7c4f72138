#!/usr/bin/env node
/**
 * What `npm start`, `npm test` and the other npm scripts run. It uses only
 * Node's built-ins because it runs before any dependency is installed: it
 * installs them (pnpm through npx, so npm alone is enough), builds the console
 * when its sources changed, then hands over to the TypeScript entry points.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.8';
const isWindows = process.platform === 'win32';
const bin = (name) => path.join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
function ensureDependencies() {
  const installed = path.join(root, 'node_modules', '.pnpm', 'lock.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  const upToDate =
    existsSync(installed) &&
    existsSync(bin('tsx')) &&
    readFileSync(installed, 'utf8') === readFileSync(lock, 'utf8') &&
    existsSync(path.join(root, 'api', 'node_modules')) &&
    existsSync(path.join(root, 'console', 'node_modules'));
  if (upToDate) return;
  console.log('Installing dependencies (first run, or the lockfile changed)…');
  run('npx', ['--yes', PNPM, 'install', '--frozen-lockfile', '--config.confirmModulesPurge=false']);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds the console unless console/dist is newer than everything it is built from. */
function ensureConsoleBuilt() {
  const consoleDir = path.join(root, 'console');
  const built = path.join(consoleDir, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(consoleDir, p));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.log('Building the console…');
  run(path.join(consoleDir, 'node_modules', '.bin', isWindows ? 'vite.cmd' : 'vite'), ['build', '--logLevel', 'warn'], { cwd: consoleDir });
}

const tsx = (entry, args = []) => run(bin('tsx'), [entry, ...args]);

/**
 * Runs the server as a child and passes SIGTERM/SIGINT on to it, so a process
 * manager stopping `npm start` gets the server's graceful drain (in-flight
 * requests finish, the embedded database shuts down cleanly) instead of
 * orphaning it. Exits with the server's own exit code.
 */
function serve(entry) {
  const child = spawn(bin('tsx'), [entry], { cwd: root, stdio: 'inherit', shell: isWindows });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      // Ctrl-C in a terminal already reached the child (same process group); a
      // signal sent to this process alone is passed on.
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const tasks = {
  start() {
    ensureDependencies();
    ensureConsoleBuilt();
    serve('api/src/main.ts');
  },
  test(args) {
    ensureDependencies();
    ensureConsoleBuilt();
    if (!existsSync('/usr/bin/chromium')) {
      console.log(
        '\nNOTE: /usr/bin/chromium is not installed, so the browser tests will be SKIPPED.\n' +
          '      Install it with `apt-get install -y chromium` to run them (CI requires them).\n',
      );
    }
    console.log('Type-checking…');
    run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    run(bin('vitest'), ['run', ...args]);
  },
  bench(args) {
    ensureDependencies();
    tsx('bench/run.ts', args);
  },
  schema() {
    ensureDependencies();
    tsx('api/src/cli.ts', ['schema']);
  },
  seed() {
    ensureDependencies();
    tsx('api/src/cli.ts', ['seed']);
  },
  'migration:create'(args) {
    ensureDependencies();
    tsx('api/src/cli.ts', ['migration:create', ...args]);
  },
};

const [task, ...rest] = process.argv.slice(2);
if (!tasks[task]) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(tasks).join('|')}`);
  process.exit(2);
}
tasks[task](rest);
