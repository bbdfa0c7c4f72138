import { Migration } from '@mikro-orm/migrations';

/**
 * Every policed value of the standard becomes one shape, `{ value, policy }`
 * (issue 8): duties, equipment and customer-tier thresholds take their policy
 * inside the value instead of in a column beside it; wrapped values and keyed
 * rows name their value `value` (was range, text, deviceTypes, min,
 * requirement); a rule parameter keeps its value in `value` instead of one of
 * five fields.
 *
 * Every edition is converted, published ones included: their content means
 * the same after as before, only its encoding changes. Their rows are guarded
 * by the `<table>_frozen` triggers, which are disabled for the conversion and
 * enabled again inside the same transaction, so no other write can slip in
 * while they are off.
 *
 * Named after 20261123110000 (open category codes), which databases have
 * already run: it must come after it to apply to them.
 */

const TABLES = ['std_position', 'std_zone', 'std_outlet_category', 'std_customer_tier', 'std_service_rule'];

/** Each object of a JSON array column with its key `from` renamed `to`, in the same order. */
const renameInRows = (column: string, from: string, to: string) =>
  `(select coalesce(jsonb_agg((e - '${from}') || jsonb_build_object('${to}', e -> '${from}') order by i), '[]'::jsonb)
     from jsonb_array_elements(${column}) with ordinality as x(e, i))`;

/** A nullable JSON object column with its key `from` renamed `to`. */
const renameIn = (column: string, from: string, to: string) =>
  `case when ${column} is null or jsonb_typeof(${column}) = 'null' then ${column}
        else (${column} - '${from}') || jsonb_build_object('${to}', ${column} -> '${from}') end`;

/** A nullable JSON value column wrapped as { value, policy }. */
const wrap = (column: string, policy: string) =>
  `case when ${column} is null or jsonb_typeof(${column}) = 'null' then null
        else jsonb_build_object('value', ${column}, 'policy', ${policy}) end`;

/** A nullable { value, policy } column unwrapped to its value. */
const unwrap = (column: string) => `case when ${column} is null or jsonb_typeof(${column}) = 'null' then null else ${column} -> 'value' end`;

/** The input field that held each parameter type's value before this migration. */
const PARAMETER_FIELDS = { INTEGER: 'intValue', RANGE: 'range', MONEY: 'money', CODE_LIST: 'codes', TEXT_LIST: 'texts' };

export class Migration20261203100000_value_with_policy extends Migration {

  private withTriggersOff(statements: string[]): void {
    for (const table of TABLES) this.addSql(`alter table "${table}" disable trigger ${table}_frozen;`);
    for (const sql of statements) this.addSql(sql);
    for (const table of TABLES) this.addSql(`alter table "${table}" enable trigger ${table}_frozen;`);
  }

  override async up(): Promise<void> {
    const byType = Object.entries(PARAMETER_FIELDS).map(([type, field]) => `when '${type}' then p -> '${field}'`).join(' ');
    const oldFields = Object.values(PARAMETER_FIELDS).map((f) => ` - '${f}'`).join('');
    this.withTriggersOff([
      `update "std_position" set "duties" = jsonb_build_object('value', "duties", 'policy', "duties_policy");`,
      `update "std_zone" set "equipment" = jsonb_build_object('value', "equipment", 'policy', "equipment_policy");`,
      `update "std_outlet_category" set
         "lobby_staff_total" = ${renameIn('"lobby_staff_total"', 'range', 'value')},
         "staffing" = ${renameInRows('"staffing"', 'range', 'value')},
         "devices" = ${renameInRows('"devices"', 'min', 'value')},
         "smart_devices" = ${renameIn('"smart_devices"', 'deviceTypes', 'value')},
         "zones" = ${renameInRows('"zones"', 'requirement', 'value')},
         "outbound_marketing" = ${renameIn('"outbound_marketing"', 'text', 'value')};`,
      `update "std_customer_tier" set
         "assets_from" = ${wrap('"assets_from"', '"threshold_policy"')},
         "assets_below" = ${wrap('"assets_below"', '"threshold_policy"')},
         "personal_loans_from" = ${wrap('"personal_loans_from"', '"threshold_policy"')};`,
      `update "std_service_rule" set "parameters" = (
         select coalesce(jsonb_agg((p${oldFields}) || jsonb_build_object('value', case p ->> 'type' ${byType} end) order by i), '[]'::jsonb)
         from jsonb_array_elements("parameters") with ordinality as x(p, i));`,
    ]);
    this.addSql(`alter table "std_position" drop column "duties_policy";`);
    this.addSql(`alter table "std_zone" drop column "equipment_policy";`);
    this.addSql(`alter table "std_customer_tier" drop column "threshold_policy";`);
  }

  /**
   * Back to the separate encodings. A customer tier had one policy for its
   * three thresholds; if they now differ, the first present one (from, below,
   * loans) is kept, and a tier without thresholds gets FREE.
   */
  override async down(): Promise<void> {
    const policies = `'LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE'`;
    this.addSql(`alter table "std_position" add column "duties_policy" text check ("duties_policy" in (${policies})) not null default 'EXTEND_ONLY';`);
    this.addSql(`alter table "std_zone" add column "equipment_policy" text check ("equipment_policy" in (${policies})) not null default 'EXTEND_ONLY';`);
    this.addSql(`alter table "std_customer_tier" add column "threshold_policy" text check ("threshold_policy" in (${policies})) not null default 'FREE';`);
    const byType = Object.entries(PARAMETER_FIELDS).map(([type, field]) => `when '${type}' then jsonb_build_object('${field}', p -> 'value')`).join(' ');
    this.withTriggersOff([
      `update "std_position" set "duties_policy" = "duties" ->> 'policy', "duties" = "duties" -> 'value';`,
      `update "std_zone" set "equipment_policy" = "equipment" ->> 'policy', "equipment" = "equipment" -> 'value';`,
      `update "std_outlet_category" set
         "lobby_staff_total" = ${renameIn('"lobby_staff_total"', 'value', 'range')},
         "staffing" = ${renameInRows('"staffing"', 'value', 'range')},
         "devices" = ${renameInRows('"devices"', 'value', 'min')},
         "smart_devices" = ${renameIn('"smart_devices"', 'value', 'deviceTypes')},
         "zones" = ${renameInRows('"zones"', 'value', 'requirement')},
         "outbound_marketing" = ${renameIn('"outbound_marketing"', 'value', 'text')};`,
      `update "std_customer_tier" set
         "threshold_policy" = coalesce("assets_from" ->> 'policy', "assets_below" ->> 'policy', "personal_loans_from" ->> 'policy', 'FREE'),
         "assets_from" = ${unwrap('"assets_from"')},
         "assets_below" = ${unwrap('"assets_below"')},
         "personal_loans_from" = ${unwrap('"personal_loans_from"')};`,
      `update "std_service_rule" set "parameters" = (
         select coalesce(jsonb_agg((p - 'value') || case p ->> 'type' ${byType} end order by i), '[]'::jsonb)
         from jsonb_array_elements("parameters") with ordinality as x(p, i));`,
    ]);
    // The threshold policy had no default before: every tier named one.
    this.addSql(`alter table "std_customer_tier" alter column "threshold_policy" drop default;`);
  }

}
