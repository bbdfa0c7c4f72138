import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONSOLE_DIST = path.join(REPO_ROOT, 'console', 'dist');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'postgres');
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'api', 'src', 'migrations');
