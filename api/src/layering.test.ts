/**
 * The layering rules of the API, read from the import graph of api/src (the
 * runtime files; tests may reach anywhere):
 *
 * - shared/ knows no module: it imports nothing from modules/, graphql/ or
 *   the entry points, so modules build on it and never the other way round;
 * - the org tree does not import the standard nor outlet plans (both depend
 *   on the tree; what the tree needs of them comes through ports);
 * - user administration does not import sessions (sessions depend on users);
 * - the standard does not import outlet plans nor the compliance engine (both
 *   build on it), and the compliance engine does not import outlet plans (plans
 *   use the engine, not the other way round);
 * - local versions do not import outlet plans (an approval reaches the plans'
 *   stored gap summaries through the standard's port);
 * - the standard does not import local versions, and the approval workflow
 *   imports neither (local versions build on both; what the standard needs of
 *   them comes through ports);
 * - only the seed entry points read seeds/ (demo data is not runtime code);
 * - services do not touch HTTP: no express, no cookies, no `ctx.http`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const API_SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(API_SRC, '../..');

export interface SourceFile {
  /** Path from the repository root, e.g. `api/src/shared/auth/scope.ts`. */
  path: string;
  /** Resolved targets of relative imports (repository paths), and bare package names. */
  imports: string[];
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every runtime file of api/src with what it imports (static, re-exports and dynamic imports). */
function readSources(): SourceFile[] {
  return walk(API_SRC).map((full) => {
    const text = readFileSync(full, 'utf8');
    const imports = ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) =>
      fileName.startsWith('.') ? relative(ROOT, resolve(dirname(full), fileName)).replace(/\.js$/, '.ts') : fileName,
    );
    return { path: relative(ROOT, full), imports, text };
  });
}

const SEED_ENTRY_POINTS = ['api/src/seed.ts', 'api/src/seed-standard.ts'];

/** Every breach of the rules above, one line each; empty when the layering holds. */
export function layeringBreaches(files: SourceFile[]): string[] {
  const breaches: string[] = [];
  const under = (path: string, dir: string) => path.startsWith(dir + '/');
  for (const f of files) {
    for (const target of f.imports) {
      if (under(f.path, 'api/src/shared') && target.startsWith('api/src/') && !under(target, 'api/src/shared')) {
        breaches.push(`${f.path} (shared) imports ${target}`);
      }
      if (under(f.path, 'api/src/modules/org-unit') && (under(target, 'api/src/modules/standard') || under(target, 'api/src/modules/outlet-plan'))) {
        breaches.push(`${f.path} (org-unit) imports ${target}; what the tree needs of modules built on it comes through ports`);
      }
      if (under(f.path, 'api/src/modules/user') && under(target, 'api/src/modules/session')) {
        breaches.push(`${f.path} (user) imports ${target} (session)`);
      }
      if (under(f.path, 'api/src/modules/standard') && under(target, 'api/src/modules/local-version')) {
        breaches.push(`${f.path} (standard) imports ${target} (local-version)`);
      }
      if (under(f.path, 'api/src/modules/standard') && (under(target, 'api/src/modules/outlet-plan') || under(target, 'api/src/modules/compliance'))) {
        breaches.push(`${f.path} (standard) imports ${target}; plans and compliance build on the standard`);
      }
      if (under(f.path, 'api/src/modules/local-version') && under(target, 'api/src/modules/outlet-plan')) {
        breaches.push(`${f.path} (local-version) imports ${target}; plans hear of approvals through the standard's port`);
      }
      if (under(f.path, 'api/src/modules/compliance') && under(target, 'api/src/modules/outlet-plan')) {
        breaches.push(`${f.path} (compliance) imports ${target} (outlet-plan)`);
      }
      if (under(f.path, 'api/src/modules/approval') && (under(target, 'api/src/modules/local-version') || under(target, 'api/src/modules/standard'))) {
        breaches.push(`${f.path} (approval) imports ${target}; the workflow knows no subject`);
      }
      if (under(target, 'seeds') && !SEED_ENTRY_POINTS.includes(f.path)) {
        breaches.push(`${f.path} imports ${target}; only ${SEED_ENTRY_POINTS.join(' and ')} read seeds/`);
      }
    }
    if (f.path.endsWith('.service.ts')) {
      if (f.imports.some((t) => t === 'express' || t === 'cookie')) breaches.push(`${f.path} (a service) imports an HTTP library`);
      if (/\bctx\.http\b|\.cookie\(|\.clearCookie\(/.test(f.text)) breaches.push(`${f.path} (a service) touches the HTTP request or response`);
    }
  }
  return breaches;
}

describe('layering', () => {
  const files = readSources();

  it('reads the real import graph (a check over nothing would pass vacuously)', () => {
    const scope = files.find((f) => f.path === 'api/src/shared/auth/scope.ts');
    expect(scope?.imports).toContain('api/src/shared/errors.ts');
    const orgService = files.find((f) => f.path === 'api/src/modules/org-unit/org-unit.service.ts');
    expect(orgService?.imports).toContain('api/src/modules/org-unit/org-unit.categories.ts');
    expect(files.find((f) => f.path === 'api/src/seed.ts')?.imports.some((t) => t.startsWith('seeds/'))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('holds: shared/ knows no module, org-unit imports neither standard nor outlet-plan, user does not import session, standard imports neither local-version, outlet-plan nor compliance, compliance does not import outlet-plan, local-version does not import outlet-plan, approval imports no subject, only seed entry points read seeds/, services do not touch HTTP', () => {
    expect(layeringBreaches(files)).toEqual([]);
  });

  it('would catch each kind of breach', () => {
    const file = (path: string, imports: string[], text = ''): SourceFile => ({ path, imports, text });
    expect(
      layeringBreaches([
        file('api/src/shared/auth/x.ts', ['api/src/modules/user/user.entity.ts']),
        file('api/src/shared/y.ts', ['api/src/graphql/context.ts']),
        file('api/src/modules/org-unit/z.ts', ['api/src/modules/standard/standard.types.ts']),
        file('api/src/modules/user/u.ts', ['api/src/modules/session/session.entity.ts']),
        file('api/src/modules/standard/s.ts', ['seeds/standard/bank-standard.ts']),
        file('api/src/modules/session/session.service.ts', ['express'], 'ctx.http?.res.cookie("a", "b")'),
        file('api/src/modules/standard/t.ts', ['api/src/modules/local-version/local-version.service.ts']),
        file('api/src/modules/approval/w.ts', ['api/src/modules/local-version/local-version.entity.ts', 'api/src/modules/standard/policy.ts']),
        file('api/src/modules/standard/p.ts', ['api/src/modules/outlet-plan/outlet-plan.service.ts', 'api/src/modules/compliance/gaps.ts']),
        file('api/src/modules/compliance/r.ts', ['api/src/modules/outlet-plan/outlet-plan.entity.ts']),
        file('api/src/modules/local-version/q.ts', ['api/src/modules/outlet-plan/gap-summaries.ts']),
        file('api/src/modules/org-unit/o.ts', ['api/src/modules/outlet-plan/gap-summaries.ts']),
      ]),
    ).toHaveLength(15);
    expect(layeringBreaches([file('api/src/seed.ts', ['seeds/demo-network.ts']), file('api/src/shared/a.ts', ['api/src/shared/b.ts', 'graphql'])])).toEqual([]);
  });
});
