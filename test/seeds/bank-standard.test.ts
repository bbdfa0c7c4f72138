/**
 * The seeded head-office standard says what the bank said: every figure in
 * the domain's facts.yaml is checked against `bankStandard`, and the data is
 * checked for internal consistency (bilingual texts, unique codes, references
 * that resolve, tier thresholds that neither overlap nor leave gaps).
 *
 * facts.yaml is read from the shared domain folder beside the repository
 * (../shared/domain/facts.yaml); on a clone without it, the copy kept in
 * seeds/standard/facts.yaml is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bankStandard } from '../../seeds/standard/bank-standard.js';
import type { ParameterValue, Range, SeedParameter, SeedServiceRule, Text } from '../../seeds/standard/types.js';

// ── Loading the facts ───────────────────────────────────────────────────────

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const sharedFactsPath = path.resolve(repoRoot, '..', 'shared', 'domain', 'facts.yaml');
const bundledFactsPath = path.resolve(repoRoot, 'seeds', 'standard', 'facts.yaml');
const factsPath = fs.existsSync(sharedFactsPath) ? sharedFactsPath : bundledFactsPath;

type Pair = [number, number];
interface FactsCategory {
  marketing_staff_min: number;
  heads: number;
  deputies: Pair;
  sales_service_staff_min?: number;
  lobby_managers: Pair;
  lobby_staff_total: Pair;
  self_service_devices_min?: Record<string, number>;
  smart_devices?: string[];
  vip_zone?: string;
  outbound_marketing: string;
}
interface FactsZone {
  zh: string;
  positions: string[];
  equipment: string[];
}
interface FactsIndividualTier {
  zh: string;
  rule?: string;
  assets_from?: number;
  assets_below?: number;
  or_personal_loans_from?: number;
  positions: string[];
  zones: string[];
}
interface Facts {
  hierarchy_levels: string[];
  outlet_categories: Record<string, FactsCategory>;
  positions: Record<string, { zh: string; reports_to: string }>;
  zones: Record<string, FactsZone>;
  individual_tiers: Record<string, FactsIndividualTier>;
  corporate_kinds: string[];
  corporate_sizes: string[];
  // A flow mapping in facts.yaml ("principle: batch upkeep by phone, SMS, e-mail")
  // is split by YAML at its commas, so extra keys with null values may appear.
  corporate_tiers: Record<string, Record<string, unknown>>;
  rule_parameters: Record<string, number | Pair>;
  emergency_plans: string[];
  meetings: Record<string, 'daily' | 'weekly' | 'monthly'>;
  rollout_phases: string[];
  scale: Record<string, Pair>;
}

const facts = parse(fs.readFileSync(factsPath, 'utf8')) as Facts;

// ── Helpers ─────────────────────────────────────────────────────────────────

const std = bankStandard;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

function byCode<T extends { code: string }>(items: T[], code: string): T {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no item with code ${code}`);
  return found;
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Full-width brackets to ASCII, so 网点负责人（行长） matches 网点负责人(行长). */
function normalizeZh(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}

/** Words of three letters or more in a fact's English phrase. */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((w) => w.length >= 3);
}

function expectMentions(text: string, phrase: string): void {
  const lower = text.toLowerCase();
  for (const w of words(phrase)) expect(lower, `"${text}" should mention "${w}" (from "${phrase}")`).toContain(w);
}

const allParameters: SeedParameter[] = std.serviceRules.flatMap((r) => r.parameters);

function parameter(code: string): SeedParameter {
  return byCode(allParameters, code);
}

function codeList(code: string): string[] {
  const v = parameter(code).value;
  if (v.type !== 'CODE_LIST') throw new Error(`${code} is ${v.type}, not CODE_LIST`);
  return v.value;
}

function rule(code: string): SeedServiceRule {
  return byCode(std.serviceRules, code);
}

function staffingRange(categoryCode: string, position: string): Range | undefined {
  return byCode(std.categories, categoryCode).staffing.find((s) => s.position === position)?.value;
}

/** Every {zh, en} object anywhere in the standard, with where it sits. */
function collectTexts(value: unknown, at: string, out: { at: string; text: Text }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectTexts(v, `${at}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.includes('zh') || keys.includes('en')) {
      expect(sorted(keys), `${at} should be exactly {zh, en}`).toEqual(['en', 'zh']);
      out.push({ at, text: obj as unknown as Text });
      return;
    }
    for (const k of keys) collectTexts(obj[k], `${at}.${k}`, out);
  }
}

const positionCodes = new Set(std.positions.map((p) => p.code));
const supportRoleCodes = new Set(std.supportRoles.map((r) => r.code));
const zoneCodes = new Set(std.zones.map((z) => z.code));
const deviceKinds = new Map(std.deviceTypes.map((d) => [d.code, d.kind]));

// ── facts.yaml ──────────────────────────────────────────────────────────────

describe('facts.yaml', () => {
  it('is found and has the sections this test knows how to check', () => {
    expect(fs.existsSync(factsPath)).toBe(true);
    // A new section in facts.yaml must be checked here (or deliberately left out) before this passes.
    expect(sorted(Object.keys(facts))).toEqual(
      sorted([
        'hierarchy_levels', // the org hierarchy: seeded by demo-network.ts, not part of the standard
        'outlet_categories',
        'positions',
        'zones',
        'individual_tiers',
        'corporate_kinds',
        'corporate_sizes',
        'corporate_tiers',
        'rule_parameters',
        'emergency_plans',
        'meetings',
        'rollout_phases',
        'scale', // size of the bank's network: context, not a rule of the standard
      ]),
    );
  });

  it('the bundled copy is identical to the shared one when both exist', () => {
    if (!fs.existsSync(sharedFactsPath)) return;
    expect(fs.readFileSync(bundledFactsPath, 'utf8')).toBe(fs.readFileSync(sharedFactsPath, 'utf8'));
  });
});

// ── Every figure in facts.yaml appears in the data ─────────────────────────

describe('outlet categories match the facts', () => {
  it('has exactly the three categories', () => {
    expect(sorted(std.categories.map((c) => c.code))).toEqual(sorted(Object.keys(facts.outlet_categories)));
  });

  for (const [code, f] of Object.entries(facts.outlet_categories)) {
    describe(code, () => {
      const c = () => byCode(std.categories, code);

      it(`needs at least ${f.marketing_staff_min} marketing/service staff`, () => {
        expect(c().marketingStaffMin.value).toBe(f.marketing_staff_min);
      });

      it(`has ${f.heads} head and ${f.deputies.join('-')} deputies`, () => {
        expect(staffingRange(code, 'OUTLET_HEAD')).toEqual({ min: f.heads, max: f.heads });
        expect(staffingRange(code, 'DEPUTY_HEAD')).toEqual({ min: f.deputies[0], max: f.deputies[1] });
      });

      it('has the sales/service staff minimum (and invents none the source does not give)', () => {
        if (f.sales_service_staff_min === undefined) expect(c().salesServiceStaffMin).toBeNull();
        else expect(c().salesServiceStaffMin?.value).toBe(f.sales_service_staff_min);
      });

      it(`has ${f.lobby_managers.join('-')} lobby managers and ${f.lobby_staff_total.join('-')} lobby staff in all`, () => {
        expect(staffingRange(code, 'LOBBY_MANAGER')).toEqual({ min: f.lobby_managers[0], max: f.lobby_managers[1] });
        expect(c().lobbyStaffTotal.value).toEqual({ min: f.lobby_staff_total[0], max: f.lobby_staff_total[1] });
      });

      it('has the self-service device minimums', () => {
        const devices = Object.fromEntries(c().devices.map((d) => [d.deviceType, d.value]));
        expect(devices).toEqual(f.self_service_devices_min ?? {});
        if (f.self_service_devices_min) {
          // "1+2+2": five units at least
          expect(c().devices.reduce((n, d) => n + d.value, 0)).toBe(5);
        }
      });

      it('has the smart devices', () => {
        if (f.smart_devices) expect(c().smartDevices?.value).toEqual(f.smart_devices);
        else if (!f.self_service_devices_min) expect(c().smartDevices).toBeNull();
      });

      it('has the VIP zone the facts describe', () => {
        const vip = c().zones.find((z) => z.zone === 'VIP');
        expect(vip).toBeDefined();
        if (f.vip_zone) {
          expect(vip?.value).toBe('REQUIRED');
          expectMentions(vip?.note?.en ?? '', f.vip_zone);
        } else {
          expect(vip?.value).toBe('OPTIONAL');
        }
      });

      it('describes its outbound marketing', () => {
        expectMentions(c().outboundMarketing.value.en, f.outbound_marketing);
      });
    });
  }

  it('the general outlet keeps the source\'s "(12人)" heading vs "at least 4" visible as a note', () => {
    const notes = byCode(std.categories, 'GENERAL').notes;
    expect(notes.some((n) => n.zh.includes('12人') && n.zh.includes('4人') && /12/.test(n.en) && /at least 4/.test(n.en))).toBe(true);
  });
});

describe('positions match the facts', () => {
  it('has exactly the seven positions', () => {
    expect(sorted(std.positions.map((p) => p.code))).toEqual(sorted(Object.keys(facts.positions)));
    expect(std.positions).toHaveLength(7);
  });

  for (const [code, f] of Object.entries(facts.positions)) {
    it(`${code} (${f.zh}) reports to ${f.reports_to}`, () => {
      const p = byCode(std.positions, code);
      expect(p.reportsTo).toBe(f.reports_to);
      expect(normalizeZh(p.name.zh)).toContain(normalizeZh(f.zh));
      expect(p.duties.value.length).toBeGreaterThan(0);
      expect(p.capabilities.length).toBeGreaterThan(0);
    });
  }
});

describe('zones match the facts', () => {
  // Equipment codes are the facts' English names in UPPER_SNAKE_CASE, except
  // where the facts use two wordings for one item.
  const aliases: Record<string, string> = { 'PIN device': 'PIN_PAD' };
  const equipmentCode = (name: string) => aliases[name] ?? name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

  it('has exactly the eight zones', () => {
    expect(sorted(std.zones.map((z) => z.code))).toEqual(sorted(Object.keys(facts.zones)));
    expect(std.zones).toHaveLength(8);
  });

  for (const [code, f] of Object.entries(facts.zones)) {
    describe(`${code} (${f.zh})`, () => {
      const z = () => byCode(std.zones, code);

      it('has its Chinese name and positions', () => {
        expect(z().name.zh).toBe(f.zh);
        expect(sorted(z().positions)).toEqual(sorted(f.positions));
      });

      it(`holds all ${f.equipment.length} equipment items and nothing else`, () => {
        expect(z().equipment.value).toHaveLength(f.equipment.length);
        expect(sorted(z().equipment.value.map((e) => e.code))).toEqual(sorted(f.equipment.map(equipmentCode)));
        for (const name of f.equipment) {
          const item = byCode(z().equipment.value, equipmentCode(name));
          if (!aliases[name]) expect(item.name.en.toLowerCase()).toContain(name.toLowerCase());
        }
      });
    });
  }
});

describe('customer tiers match the facts', () => {
  const cny = (amount: number | undefined) => (amount === undefined ? null : { amount, currency: 'CNY' });

  for (const [code, f] of Object.entries(facts.individual_tiers)) {
    it(`individual tier ${code} (${f.zh})`, () => {
      const t = byCode(std.customerTiers, code);
      expect(t.segment).toBe('INDIVIDUAL');
      expect(t.name.zh).toBe(f.zh);
      expect(t.assetsFrom?.value ?? null).toEqual(cny(f.assets_from));
      expect(t.assetsBelow?.value ?? null).toEqual(cny(f.assets_below));
      expect(t.personalLoansFrom?.value ?? null).toEqual(cny(f.or_personal_loans_from));
      expect(sorted(t.positions)).toEqual(sorted(f.positions));
      expect(sorted(t.zones)).toEqual(sorted(f.zones));
      if (f.rule) expectMentions(t.rule.en, f.rule);
    });
  }

  it('states the thresholds: 50,000 / 200,000 CNY assets, 500,000 CNY personal loans', () => {
    expect(byCode(std.customerTiers, 'MASS').assetsBelow?.value.amount).toBe(50_000);
    expect(byCode(std.customerTiers, 'POTENTIAL').assetsFrom?.value.amount).toBe(50_000);
    expect(byCode(std.customerTiers, 'POTENTIAL').assetsBelow?.value.amount).toBe(200_000);
    expect(byCode(std.customerTiers, 'MID_HIGH_END').assetsFrom?.value.amount).toBe(200_000);
    expect(byCode(std.customerTiers, 'MID_HIGH_END').personalLoansFrom?.value.amount).toBe(500_000);
  });

  it('has the corporate kinds and sizes', () => {
    expect(std.corporateKinds.map((k) => k.code)).toEqual(facts.corporate_kinds);
    expect(std.corporateSizes.map((s) => s.code)).toEqual(facts.corporate_sizes);
  });

  for (const [code, raw] of Object.entries(facts.corporate_tiers)) {
    it(`corporate tier ${code}`, () => {
      // Re-join the principle YAML split at its commas.
      const { positions, zones, principle, ...rest } = raw as { positions?: string[]; zones?: string[]; principle?: string };
      const fullPrinciple = [principle, ...Object.keys(rest)].filter(Boolean).join(', ');
      const t = byCode(std.customerTiers, code);
      expect(t.segment).toBe('CORPORATE');
      if (positions) expect(sorted(t.positions)).toEqual(sorted(positions));
      if (zones) expect(sorted(t.zones)).toEqual(sorted(zones));
      expect(t.positions.length).toBeGreaterThan(0);
      expect(t.zones.length).toBeGreaterThan(0);
      expectMentions(t.principle.en, fullPrinciple);
    });
  }

  it('has exactly the tiers in the facts', () => {
    expect(sorted(std.customerTiers.map((t) => t.code))).toEqual(
      sorted([...Object.keys(facts.individual_tiers), ...Object.keys(facts.corporate_tiers)]),
    );
  });
});

describe('rule parameters match the facts', () => {
  for (const [key, expected] of Object.entries(facts.rule_parameters)) {
    it(`${key} = ${JSON.stringify(expected)}`, () => {
      const v: ParameterValue = parameter(key.toUpperCase()).value;
      if (Array.isArray(expected)) {
        expect(v).toMatchObject({ type: 'RANGE', value: { min: expected[0], max: expected[1] } });
      } else {
        expect(v).toMatchObject({ type: 'INTEGER', value: expected });
      }
    });
  }

  it('units say what the numbers count', () => {
    expect(parameter('COMPLAINT_REPLY_WORKING_DAYS').value).toMatchObject({ unit: 'WORKING_DAYS' });
    expect(parameter('HOME_VISIT_STAFF').value).toMatchObject({ unit: 'PEOPLE' });
    expect(parameter('RM_DAILY_INVITATIONS').value).toMatchObject({ unit: 'CLIENTS_PER_DAY' });
    expect(parameter('RM_DAILY_VISITS_BOOKED').value).toMatchObject({ unit: 'VISITS_PER_DAY' });
    expect(parameter('PILOT_SUB_BRANCHES').value).toMatchObject({ unit: 'SUB_BRANCHES' });
  });

  it(`lists all ${facts.emergency_plans.length} emergency plans`, () => {
    expect(codeList('EMERGENCY_PLANS')).toEqual(facts.emergency_plans);
    expect(codeList('EMERGENCY_PLANS')).toHaveLength(13);
  });

  it('has the four meeting cadences', () => {
    const unit = { daily: 'TIMES_PER_DAY', weekly: 'TIMES_PER_WEEK', monthly: 'TIMES_PER_MONTH' } as const;
    expect(Object.keys(facts.meetings)).toHaveLength(4);
    for (const [code, cadence] of Object.entries(facts.meetings)) {
      const r = rule(`MEETING_${code}`);
      expect(r.category).toBe('MEETINGS');
      const frequency = r.parameters.find((p) => p.value.type === 'INTEGER');
      expect(frequency?.value, `MEETING_${code} frequency`).toEqual({ type: 'INTEGER', value: 1, unit: unit[cadence] });
      expect(r.parameters.some((p) => p.value.type === 'TEXT_LIST' && p.value.value.length > 0)).toBe(true);
    }
    expect(std.serviceRules.filter((r) => r.code.startsWith('MEETING_'))).toHaveLength(4);
  });

  it('has the six rollout phases in order', () => {
    expect(codeList('ROLLOUT_PHASES')).toEqual(facts.rollout_phases);
  });
});

describe('service rules cover what the standard requires', () => {
  it('uses every rule category', () => {
    const categories = [
      'ETIQUETTE',
      'COMPLAINTS',
      'EMERGENCY',
      'SALES_BEHAVIOUR',
      'SALES_TOOLS',
      'MEETINGS',
      'PROMOTION_COMPLIANCE',
      'OPENING',
      'MEDIA',
      'ROLLOUT',
      'SERVICE',
    ];
    expect(sorted([...new Set(std.serviceRules.map((r) => r.category))])).toEqual(sorted(categories));
  });

  it('marks complaints, the four voiced greetings, emergency plans, media and promotion compliance as core', () => {
    for (const code of ['COMPLAINT_HANDLING', 'TELLER_FOUR_VOICED', 'EMERGENCY_PLANS', 'MEDIA_ENQUIRIES', 'WEALTH_PROMOTION_COMPLIANCE']) {
      expect(rule(code).core, code).toBe(true);
    }
  });

  it('has the counted lists: 4 voiced, 5 courtesy phrases, 5 taboos, 4 prohibitions, 4 appointment steps, 4 sales tools', () => {
    expect(codeList('FOUR_VOICED_MOMENTS')).toHaveLength(4);
    expect(codeList('COURTESY_PHRASES')).toHaveLength(5);
    expect(codeList('SPEECH_TABOOS')).toHaveLength(5);
    expect(codeList('BUSINESS_HOURS_PROHIBITIONS')).toHaveLength(4);
    expect(codeList('APPOINTMENT_STEPS')).toEqual(['INTRODUCE', 'STATE_VALUE', 'CREATE_URGENCY', 'OFFER_TWO_TIMES']);
    expect(codeList('SALES_TOOLS')).toEqual(['SCHEDULE', 'PROSPECT_LIST', 'CLIENT_INFO_SHEET', 'SALES_KIT']);
  });

  it('has the action plan elements, the three touchpoint norms, the six differentiation axes', () => {
    expect(codeList('ACTION_PLAN_FIELDS')).toEqual(['WHO', 'WHEN', 'WHAT', 'EXPECTED_EFFECT']);
    expect(codeList('TOUCHPOINT_NORM_KINDS')).toEqual(['SERVICE_NORM', 'RESOURCE_NORM', 'CONTROL_NORM']);
    expect(codeList('DIFFERENTIATION_AXES')).toHaveLength(6);
  });

  it('has the sales behaviours', () => {
    for (const code of ['LOBBY_PROSPECTING', 'COLLEAGUE_REFERRAL', 'APPOINTMENT_SETTING', 'CANVASSING']) {
      expect(rule(code).category).toBe('SALES_BEHAVIOUR');
    }
  });

  it('forbids the promises the source names', () => {
    expect(codeList('FORBIDDEN_PROMISES')).toEqual(expect.arrayContaining(['GUARANTEED', 'RISK_FREE', 'HIGH_YIELD']));
  });
});

// ── Internal consistency ───────────────────────────────────────────────────

describe('the standard is well formed', () => {
  it('carries edition HO-2026-01', () => {
    expect(std.edition.code).toBe('HO-2026-01');
  });

  it('every text has Chinese (with CJK) and English (without)', () => {
    const texts: { at: string; text: Text }[] = [];
    collectTexts(std, 'bankStandard', texts);
    expect(texts.length).toBeGreaterThan(300);
    for (const { at, text } of texts) {
      expect(typeof text.zh, at).toBe('string');
      expect(typeof text.en, at).toBe('string');
      expect(text.zh.trim(), `${at}.zh`).not.toBe('');
      expect(text.en.trim(), `${at}.en`).not.toBe('');
      expect(CJK.test(text.zh), `${at}.zh has Chinese: ${text.zh}`).toBe(true);
      expect(CJK.test(text.en), `${at}.en has no Chinese: ${text.en}`).toBe(false);
      expect(/[A-Za-z]/.test(text.en), `${at}.en has letters`).toBe(true);
    }
  });

  it('codes are unique per kind', () => {
    const kinds: Record<string, string[]> = {
      supportRoles: std.supportRoles.map((x) => x.code),
      positions: std.positions.map((x) => x.code),
      'positions+supportRoles': [...positionCodes, ...supportRoleCodes],
      zones: std.zones.map((x) => x.code),
      deviceTypes: std.deviceTypes.map((x) => x.code),
      categories: std.categories.map((x) => x.code),
      customerTiers: std.customerTiers.map((x) => x.code),
      corporateKinds: std.corporateKinds.map((x) => x.code),
      corporateSizes: std.corporateSizes.map((x) => x.code),
      serviceRules: std.serviceRules.map((x) => x.code),
      parameters: allParameters.map((x) => x.code),
    };
    for (const z of std.zones) {
      kinds[`${z.code}.equipment`] = z.equipment.value.map((e) => e.code);
      kinds[`${z.code}.positions`] = z.positions;
    }
    for (const c of std.categories) {
      kinds[`${c.code}.staffing`] = c.staffing.map((s) => s.position);
      kinds[`${c.code}.devices`] = c.devices.map((d) => d.deviceType);
      kinds[`${c.code}.smartDevices`] = c.smartDevices?.value ?? [];
      kinds[`${c.code}.zones`] = c.zones.map((z) => z.zone);
    }
    for (const p of allParameters) if (p.value.type === 'CODE_LIST') kinds[`${p.code}.value`] = p.value.value;
    for (const [kind, codes] of Object.entries(kinds)) {
      expect(duplicates(codes), kind).toEqual([]);
      for (const c of codes) expect(c, kind).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('one equipment code means one item, whichever zone holds it (and matches the device type of that code)', () => {
    const names = new Map<string, Text>();
    for (const z of std.zones) {
      for (const e of z.equipment.value) {
        const seen = names.get(e.code);
        if (seen) expect(e.name, `${z.code}.${e.code}`).toEqual(seen);
        else names.set(e.code, e.name);
      }
    }
    for (const d of std.deviceTypes) {
      const item = names.get(d.code);
      if (item) expect(item, d.code).toEqual(d.name);
    }
  });

  it('every referenced position, role, zone and device type exists', () => {
    for (const p of std.positions) {
      expect(p.reportsTo === 'UPPER_BRANCH' || positionCodes.has(p.reportsTo ?? ''), `${p.code}.reportsTo`).toBe(true);
    }
    for (const z of std.zones) {
      for (const p of z.positions) expect(positionCodes.has(p) || supportRoleCodes.has(p), `${z.code} → ${p}`).toBe(true);
    }
    for (const c of std.categories) {
      for (const s of c.staffing) expect(positionCodes.has(s.position), `${c.code} → ${s.position}`).toBe(true);
      for (const d of c.devices) expect(deviceKinds.get(d.deviceType), `${c.code} → ${d.deviceType}`).toBe('SELF_SERVICE');
      for (const d of c.smartDevices?.value ?? []) expect(deviceKinds.get(d), `${c.code} → ${d}`).toBe('SMART');
      // every category says something about each of the eight zones
      expect(sorted(c.zones.map((z) => z.zone)), c.code).toEqual(sorted([...zoneCodes]));
    }
    for (const t of std.customerTiers) {
      for (const p of t.positions) expect(positionCodes.has(p), `${t.code} → ${p}`).toBe(true);
      for (const z of t.zones) expect(zoneCodes.has(z), `${t.code} → ${z}`).toBe(true);
    }
    for (const code of ['COMPLAINT_OWNER', 'OPENING_GREETERS']) {
      for (const p of codeList(code)) expect(positionCodes.has(p), `${code} → ${p}`).toBe(true);
    }
  });

  it('every code list has a label for each code and no others', () => {
    for (const p of allParameters) {
      if (p.value.type !== 'CODE_LIST') continue;
      expect(p.value.value.length, p.code).toBeGreaterThan(0);
      expect(sorted(Object.keys(p.value.labels)), p.code).toEqual(sorted(p.value.value));
    }
  });

  it('ranges run low to high and staffing figures add up', () => {
    const ranges: [string, Range][] = [];
    for (const c of std.categories) {
      ranges.push([`${c.code}.lobbyStaffTotal`, c.lobbyStaffTotal.value]);
      for (const s of c.staffing) ranges.push([`${c.code}.${s.position}`, s.value]);

      const min = (pos: string) => c.staffing.find((s) => s.position === pos)?.value.min ?? 0;
      // head + deputies + front-line staff fit within the marketing/service total
      expect(min('OUTLET_HEAD') + min('DEPUTY_HEAD') + (c.salesServiceStaffMin?.value ?? 0), c.code).toBeLessThanOrEqual(
        c.marketingStaffMin.value,
      );
      // lobby managers fit within the lobby staff total
      const lm = c.staffing.find((s) => s.position === 'LOBBY_MANAGER')?.value;
      expect(lm && lm.min <= c.lobbyStaffTotal.value.min, c.code).toBe(true);
      expect(lm && lm.max !== null && c.lobbyStaffTotal.value.max !== null && lm.max <= c.lobbyStaffTotal.value.max, c.code).toBe(true);
    }
    for (const p of allParameters) if (p.value.type === 'RANGE') ranges.push([p.code, p.value.value]);
    for (const [at, r] of ranges) {
      expect(r.min, at).toBeGreaterThanOrEqual(0);
      if (r.max !== null) expect(r.min, at).toBeLessThanOrEqual(r.max);
    }
  });

  it('individual tier thresholds neither overlap nor leave gaps', () => {
    const banded = std.customerTiers
      .filter((t) => t.segment === 'INDIVIDUAL' && (t.assetsFrom || t.assetsBelow))
      .map((t) => ({ code: t.code, from: t.assetsFrom?.value.amount ?? 0, below: t.assetsBelow?.value.amount ?? Infinity }))
      .sort((a, b) => a.from - b.from);
    expect(banded.map((b) => b.code)).toEqual(['MASS', 'POTENTIAL', 'MID_HIGH_END']);
    expect(banded[0]?.from).toBe(0);
    expect(banded[banded.length - 1]?.below).toBe(Infinity);
    for (const b of banded) expect(b.from, b.code).toBeLessThan(b.below);
    for (let i = 1; i < banded.length; i++) {
      expect(banded[i]!.from, `${banded[i - 1]!.code} → ${banded[i]!.code}`).toBe(banded[i - 1]!.below);
    }
    for (const t of std.customerTiers) {
      for (const m of [t.assetsFrom, t.assetsBelow, t.personalLoansFrom]) if (m) expect(m.value.currency).toBe('CNY');
    }
  });

  it('policies follow the agreed conventions', () => {
    for (const c of std.categories) {
      expect(c.marketingStaffMin.policy).toBe('RAISE_ONLY');
      if (c.salesServiceStaffMin) expect(c.salesServiceStaffMin.policy).toBe('RAISE_ONLY');
      for (const d of c.devices) expect(d.policy).toBe('RAISE_ONLY');
      for (const z of c.zones) if (z.value === 'REQUIRED') expect(z.policy, `${c.code}.${z.zone}`).toBe('LOCKED');
    }
    for (const p of std.positions) expect(p.duties.policy).toBe('EXTEND_ONLY');
    for (const z of std.zones) expect(z.equipment.policy).toBe('EXTEND_ONLY');
    expect(parameter('COMPLAINT_REPLY_WORKING_DAYS').policy).toBe('LOWER_ONLY');
    expect(parameter('EMERGENCY_PLANS').policy).toBe('EXTEND_ONLY');
    for (const t of std.customerTiers) {
      for (const m of [t.assetsFrom, t.assetsBelow, t.personalLoansFrom]) if (m) expect(['FREE', 'LOWER_ONLY'], t.code).toContain(m.policy);
    }
  });
});
