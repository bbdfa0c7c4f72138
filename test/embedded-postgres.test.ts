import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openDatabase } from '../api/src/db/database.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded database (used when DATABASE_URL is unset)', () => {
  it('keeps its data across a restart', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'outlet-persist-'));
      dirs.push(dir);
      const dataDir = path.join(dir, 'postgres');
      const first = await openDatabase({ dataDir });
      await query(first.url, `create table kept (note text); insert into kept values ('still here')`);
      await first.stop();

      const second = await openDatabase({ dataDir });
      try {
        expect(await query(second.url, 'select note from kept')).toEqual([{ note: 'still here' }]);
      } finally {
        await second.stop();
      }
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  }, 120_000);

  it('is bypassed when DATABASE_URL is set', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://someone@db.example:5432/bank';
    try {
      const db = await openDatabase({ dataDir: '/nonexistent/never-created' });
      expect(db.url).toBe('postgres://someone@db.example:5432/bank');
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
