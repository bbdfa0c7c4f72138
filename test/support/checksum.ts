import type { MikroORM } from '../../api/src/db/orm.js';

/** The tables that hold the bank's data (not sessions, sign-in attempts or other bookkeeping). */
export const BUSINESS_TABLES = [
  'org_unit',
  'app_user',
  'api_token',
  'standard_edition',
  'std_position',
  'std_zone',
  'std_device_type',
  'std_outlet_category',
  'std_customer_tier',
  'std_classifier',
  'std_service_rule',
  'audit_event',
] as const;

/**
 * One fingerprint per table over the rows `where` selects (`t` is the table),
 * leaving out columns that change on every read (when a token was last used).
 */
export async function tableChecksums(
  orm: MikroORM,
  where: Partial<Record<string, string>> = {},
  tables: readonly string[] = BUSINESS_TABLES,
): Promise<Record<string, string>> {
  const knex = orm.em.getKnex();
  const result: Record<string, string> = {};
  for (const table of tables) {
    const row = table === 'api_token' ? `(to_jsonb(t) - 'last_used_at')::text` : 't::text';
    const rows = await knex.raw(
      `select count(*)::int as n, md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as h from ${table} t where ${where[table] ?? 'true'}`,
    );
    result[table] = `${rows.rows[0].n}:${rows.rows[0].h}`;
  }
  return result;
}
