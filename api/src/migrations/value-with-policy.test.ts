import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { ensureDatabase } from '../db/database.js';
import { initOrm, type MikroORM } from '../db/orm.js';
import { loadContents } from '../modules/standard/standard.content.js';
import { editionValues, type PolicedContent } from '../modules/standard/effective.js';

/**
 * The value-with-policy migration against a database that holds a published
 * edition in the shapes before it: every policed value must read the same
 * (path, kind, value, policy) afterwards, and the edition must stay frozen.
 */

const BEFORE = 'Migration20261123110000_open_category_codes';
const THIS = 'Migration20261203100000_value_with_policy';
const text = (en: string) => ({ zh: `中文${en}`, en });

let orm: MikroORM;
let sql: pg.Client;
const editionId = randomUUID();

/** One row of a content table in its old shape: objects and arrays go in as JSON (text[] columns are given as '{...}' literals). */
async function insert(table: string, row: Record<string, unknown>) {
  const columns = Object.keys(row);
  const params = columns.map((c) => (row[c] !== null && typeof row[c] === 'object' ? JSON.stringify(row[c]) : row[c]));
  await sql.query(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, params);
}

const base = (code: string) => ({ id: randomUUID(), edition_id: editionId, code, name_zh: `名${code}`, name_en: code });

/** What the readers before the reshape gave for these rows, written out by hand. */
const EXPECTED = {
  'positions/LOBBY_MANAGER/duties': { kind: 'TEXT_LIST', value: [text('Greets clients'), text('Routes clients')], policy: 'EXTEND_ONLY' },
  'zones/VIP/equipment': { kind: 'CODE_LIST', value: [{ code: 'SOFA', name: text('Sofa') }], policy: 'LOCKED' },
  'outletCategories/LARGE/marketingStaffMin': { kind: 'INTEGER', value: 12, policy: 'RAISE_ONLY' },
  'outletCategories/LARGE/salesServiceStaffMin': { kind: 'INTEGER', value: 8, policy: 'RAISE_ONLY' },
  'outletCategories/LARGE/lobbyStaffTotal': { kind: 'RANGE', value: { min: 4, max: 6 }, policy: 'RAISE_ONLY' },
  'outletCategories/LARGE/staffing/LOBBY_MANAGER': { kind: 'RANGE', value: { min: 2, max: null }, policy: 'LOCKED' },
  'outletCategories/LARGE/devices/ATM': { kind: 'INTEGER', value: 2, policy: 'RAISE_ONLY' },
  'outletCategories/LARGE/smartDevices': { kind: 'CODE_LIST', value: ['SMART_QUEUE_MACHINE'], policy: 'EXTEND_ONLY' },
  'outletCategories/LARGE/zones/VIP': { kind: 'REQUIREMENT', value: 'REQUIRED', policy: 'LOCKED' },
  'outletCategories/LARGE/outboundMarketing': { kind: 'TEXT', value: text('Visit markets'), policy: 'FREE' },
  'outletCategories/SMALL/marketingStaffMin': { kind: 'INTEGER', value: 4, policy: 'LOCKED' },
  'outletCategories/SMALL/lobbyStaffTotal': { kind: 'RANGE', value: { min: 1, max: 2 }, policy: 'FREE' },
  'outletCategories/SMALL/outboundMarketing': { kind: 'TEXT', value: text('Stay in'), policy: 'LOCKED' },
  'customerTiers/MASS/assetsBelow': { kind: 'MONEY', value: { amount: 50000, currency: 'CNY' }, policy: 'LOWER_ONLY' },
  'customerTiers/MASS/personalLoansFrom': { kind: 'MONEY', value: { amount: 10000, currency: 'CNY' }, policy: 'LOWER_ONLY' },
  'serviceRules/RULE/parameters/DAYS': { kind: 'INTEGER', value: 3, policy: 'LOWER_ONLY' },
  'serviceRules/RULE/parameters/INVITES': { kind: 'RANGE', value: { min: 10, max: 15 }, policy: 'RAISE_ONLY' },
  'serviceRules/RULE/parameters/FLOOR': { kind: 'MONEY', value: { amount: 100, currency: 'CNY' }, policy: 'LOCKED' },
  'serviceRules/RULE/parameters/PLANS': { kind: 'CODE_LIST', value: [{ code: 'FIRE', label: text('Fire') }], policy: 'EXTEND_ONLY' },
  'serviceRules/RULE/parameters/AGENDA': { kind: 'TEXT_LIST', value: [text('Targets')], policy: 'FREE' },
};

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  // Named after the run's template, so the run's teardown drops it.
  const name = `${inject('pgTemplate').replace('outlet_tpl_', 'outlet_mig_')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  orm = await initOrm({ url: `${serverUrl}/${name}` });
  await orm.getMigrator().up({ to: BEFORE });
  sql = new pg.Client({ connectionString: `${serverUrl}/${name}` });
  await sql.connect();

  await sql.query(
    `insert into standard_edition (id, code, title_zh, title_en, summary, status, is_current, created_by, version, created_at, updated_at)
     values ($1, 'HO-OLD', '旧版', 'Old', $2, 'DRAFT', false, 'test', 1, now(), now())`,
    [editionId, JSON.stringify(text('Old shapes'))],
  );
  await insert('std_position', {
    ...base('LOBBY_MANAGER'), kind: 'POSITION', duties: [text('Greets clients'), text('Routes clients')], capabilities: [], duties_policy: 'EXTEND_ONLY',
  });
  await insert('std_zone', {
    ...base('VIP'), purpose: text('Serve VIPs'), principles: [], positions: '{LOBBY_MANAGER}', equipment: [{ code: 'SOFA', name: text('Sofa') }], equipment_policy: 'LOCKED',
  });
  await insert('std_outlet_category', {
    ...base('LARGE'), description: text('Large'),
    marketing_staff_min: { value: 12, policy: 'RAISE_ONLY' },
    sales_service_staff_min: { value: 8, policy: 'RAISE_ONLY' },
    lobby_staff_total: { range: { min: 4, max: 6 }, policy: 'RAISE_ONLY' },
    staffing: [{ position: 'LOBBY_MANAGER', range: { min: 2, max: null }, policy: 'LOCKED', note: text('At least two') }],
    devices: [{ deviceType: 'ATM', min: 2, policy: 'RAISE_ONLY' }],
    smart_devices: { deviceTypes: ['SMART_QUEUE_MACHINE'], policy: 'EXTEND_ONLY' },
    zones: [{ zone: 'VIP', requirement: 'REQUIRED', policy: 'LOCKED' }],
    outbound_marketing: { text: text('Visit markets'), policy: 'FREE' },
    notes: [],
  });
  await insert('std_outlet_category', {
    ...base('SMALL'), description: text('Small'),
    marketing_staff_min: { value: 4, policy: 'LOCKED' },
    sales_service_staff_min: null,
    lobby_staff_total: { range: { min: 1, max: 2 }, policy: 'FREE' },
    staffing: [], devices: [], smart_devices: null, zones: [],
    outbound_marketing: { text: text('Stay in'), policy: 'LOCKED' },
    notes: [],
  });
  await insert('std_customer_tier', {
    ...base('MASS'), segment: 'INDIVIDUAL', rule: text('Below 50k'), assets_from: null,
    assets_below: { amount: 50000, currency: 'CNY' }, personal_loans_from: { amount: 10000, currency: 'CNY' },
    threshold_policy: 'LOWER_ONLY', principle: text('Self-service first'), positions: '{}', zones: '{}',
  });
  await sql.query(
    `insert into std_service_rule (id, edition_id, code, category, title_zh, title_en, text, core, parameters) values ($1, $2, 'RULE', 'SERVICE', '规则', 'Rule', $3, true, $4)`,
    [randomUUID(), editionId, JSON.stringify(text('A rule')), JSON.stringify([
      { code: 'DAYS', name: text('Days'), policy: 'LOWER_ONLY', type: 'INTEGER', unit: 'WORKING_DAYS', intValue: 3 },
      { code: 'INVITES', name: text('Invites'), policy: 'RAISE_ONLY', type: 'RANGE', unit: 'CLIENTS_PER_DAY', range: { min: 10, max: 15 } },
      { code: 'FLOOR', name: text('Floor'), policy: 'LOCKED', type: 'MONEY', money: { amount: 100, currency: 'CNY' } },
      { code: 'PLANS', name: text('Plans'), policy: 'EXTEND_ONLY', type: 'CODE_LIST', codes: [{ code: 'FIRE', label: text('Fire') }] },
      { code: 'AGENDA', name: text('Agenda'), policy: 'FREE', type: 'TEXT_LIST', texts: [text('Targets')] },
    ])],
  );
  await sql.query(`update standard_edition set status = 'PUBLISHED', published_at = now(), is_current = true where id = $1`, [editionId]);
});

afterAll(async () => {
  await sql?.end();
  await orm?.close(true);
});

const policedValues = async () => {
  const contents = await loadContents(orm.em.fork(), [editionId], undefined, { plain: true });
  return Object.fromEntries(editionValues(contents.get(editionId)! as unknown as PolicedContent));
};

describe('the value-with-policy migration', () => {
  it('converts a published edition so every policed value reads the same, and leaves it frozen', async () => {
    const before = await sql.query(`select code, staffing, zones from std_outlet_category where edition_id = $1 order by code`, [editionId]);
    // Only this migration: later ones have nothing to do with the shapes, and the down test undoes this one alone.
    await orm.getMigrator().up({ to: THIS });

    expect(await policedValues()).toEqual(EXPECTED);
    // What is not a policed value is carried over untouched (a staffing row's note).
    const after = await sql.query(`select staffing from std_outlet_category where edition_id = $1 and code = 'LARGE'`, [editionId]);
    expect(after.rows[0].staffing[0].note).toEqual(before.rows[0].staffing[0].note);
    const columns = await sql.query(`select column_name from information_schema.columns where column_name in ('duties_policy', 'equipment_policy', 'threshold_policy')`);
    expect(columns.rows).toEqual([]);

    await expect(sql.query(`update std_outlet_category set notes = '[]'::jsonb where edition_id = $1`, [editionId])).rejects.toThrow(/published and immutable/);
    await expect(sql.query(`update std_service_rule set core = false where edition_id = $1`, [editionId])).rejects.toThrow(/published and immutable/);
  });

  it('goes back down to the old shapes, with the published edition still frozen', async () => {
    await orm.getMigrator().down({ to: BEFORE });
    const rule = await sql.query(`select parameters from std_service_rule where edition_id = $1`, [editionId]);
    expect(rule.rows[0].parameters.map((p: Record<string, unknown>) => p.intValue ?? p.range ?? p.money ?? p.codes ?? p.texts)).toEqual([
      3, { min: 10, max: 15 }, { amount: 100, currency: 'CNY' }, [{ code: 'FIRE', label: text('Fire') }], [text('Targets')],
    ]);
    const tier = await sql.query(`select threshold_policy, assets_from, assets_below from std_customer_tier where edition_id = $1`, [editionId]);
    expect(tier.rows[0]).toEqual({ threshold_policy: 'LOWER_ONLY', assets_from: null, assets_below: { amount: 50000, currency: 'CNY' } });
    const category = await sql.query(`select lobby_staff_total, devices from std_outlet_category where edition_id = $1 and code = 'LARGE'`, [editionId]);
    expect(category.rows[0]).toEqual({ lobby_staff_total: { range: { min: 4, max: 6 }, policy: 'RAISE_ONLY' }, devices: [{ deviceType: 'ATM', min: 2, policy: 'RAISE_ONLY' }] });
    await expect(sql.query(`update std_position set capabilities = '[]'::jsonb where edition_id = $1`, [editionId])).rejects.toThrow(/published and immutable/);
  });
});
