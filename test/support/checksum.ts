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
  /** Further columns to leave out, by table. */
  ignore: Partial<Record<string, string[]>> = {},
): Promise<Record<string, string>> {
  // One statement for all tables: cheap enough to run after every request.
  const parts = tables.map((table) => {
    const skip = [...(table === 'api_token' ? ['last_used_at'] : []), ...(ignore[table] ?? [])];
    const row = skip.length ? `(to_jsonb(t) ${skip.map((c) => `- '${c}'`).join(' ')})::text` : 't::text';
    return `(select count(*) || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) from ${table} t where ${where[table] ?? 'true'}) as "${table}"`;
  });
  const rows = await orm.em.getKnex().raw(`select ${parts.join(', ')}`);
  return rows.rows[0] as Record<string, string>;
}
