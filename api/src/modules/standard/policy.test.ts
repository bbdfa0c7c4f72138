import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import type { SeedStandard } from '../../../../seeds/standard/types.js';
import {
  checkOverride,
  checkPolicyChange,
  checkRemoval,
  describePolicy,
  fittingPolicies,
  formatValue,
  isValueOfKind,
  parseValuePath,
  policedValueFor,
  policyFits,
  policyWithin,
  sameValue,
  VALUE_KINDS,
  valuePath,
  type Bilingual,
  type CodeItem,
  type ValueKind,
  type ValueKinds,
} from './policy.js';
import { Policy } from './standard.types.js';

const POLICIES = Object.values(Policy) as Policy[];
const PATH = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';

/** Runs the check and says only whether it was allowed, or which rule refused. */
function verdict<K extends ValueKind>(kind: K, policy: Policy, inherited: ValueKinds[K], proposed: unknown, core = false) {
  return checkOverride({ path: PATH, kind, policy, inherited, proposed, core, setBy: 'HO' })?.rule ?? 'ok';
}
const allowed = <K extends ValueKind>(kind: K, policy: Policy, a: ValueKinds[K], b: unknown, core = false) =>
  verdict(kind, policy, a, b, core) === 'ok';

// ─── Generators ─────────────────────────────────────────────────────────────
// Small pools on purpose: equal values, shared codes and supersets must come up
// often, or the interesting cases would hardly ever be tried.

const count = fc.oneof(fc.nat(12), fc.nat(10_000));
const range = fc.record({ min: count, extra: fc.option(fc.nat(12), { nil: null }) }).map(({ min, extra }) => ({
  min,
  max: extra === null ? null : min + extra,
}));
const currency = fc.constantFrom('CNY', 'USD');
const amount = fc.oneof(fc.nat(6).map((n) => n * 50_000), fc.double({ min: 0, max: 1e9, noNaN: true }));
const moneyIn = (cur: fc.Arbitrary<string>) => fc.record({ amount, currency: cur });
const CODES = ['ATM', 'FIRE', 'ROBBERY', 'BANK_RUN', 'FLOOD', 'X-1', 'A_2', 'LOBBY_MANAGER'];
const text = fc.record({ zh: fc.constantFrom('问候', '答复', '记录', '上报', '某'), en: fc.constantFrom('greet', 'answer', 'record', 'report', 'x') });
const label = (code: string) => ({ zh: `标签${code}`, en: `label ${code}` });
const codeList: fc.Arbitrary<CodeItem[]> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 6 }),
  fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 6 }).map((codes) => codes.map((code) => ({ code, label: label(code) }))),
);
const textKey = (t: Bilingual) => `${t.zh}|${t.en}`;
const textList = fc.uniqueArray(text, { maxLength: 5, selector: textKey });
const requirement = fc.constantFrom('OPTIONAL' as const, 'REQUIRED' as const);

const VALUES: { [K in ValueKind]: fc.Arbitrary<ValueKinds[K]> } = {
  INTEGER: count,
  RANGE: range,
  MONEY: moneyIn(currency),
  CODE_LIST: codeList,
  TEXT_LIST: textList,
  TEXT: text,
  REQUIREMENT: requirement,
};

/**
 * A value near `v`, often one a policy would allow over it and often one it
 * would not: what transitivity needs to be tested on more than vacuous cases.
 */
function nearby<K extends ValueKind>(kind: K, v: ValueKinds[K]): fc.Arbitrary<ValueKinds[K]> {
  const step = fc.integer({ min: -3, max: 3 });
  const near = ((): fc.Arbitrary<unknown> => {
    switch (kind) {
      case 'INTEGER':
        return step.map((d) => Math.max(0, (v as number) + d));
      case 'RANGE': {
        const r = v as ValueKinds['RANGE'];
        return fc.record({ dMin: step, dMax: step, unbounded: fc.boolean() }).map(({ dMin, dMax, unbounded }) => {
          const min = Math.max(0, r.min + dMin);
          if (r.max === null) return { min, max: unbounded ? null : min + Math.abs(dMax) };
          return { min, max: Math.max(min, r.max + dMax) };
        });
      }
      case 'MONEY': {
        const m = v as ValueKinds['MONEY'];
        return fc.record({ d: step, cur: fc.oneof({ weight: 9, arbitrary: fc.constant(m.currency) }, { weight: 1, arbitrary: currency }) })
          .map(({ d, cur }) => ({ amount: Math.max(0, m.amount + d * 10_000), currency: cur }));
      }
      case 'CODE_LIST': {
        const list = v as CodeItem[];
        const plain = list.length > 0 && typeof list[0] === 'string';
        const missing = CODES.filter((c) => !list.some((item) => (typeof item === 'string' ? item : item.code) === c));
        return fc.record({ keep: fc.subarray(list), add: fc.subarray(missing), whole: fc.boolean() }).map(({ keep, add, whole }) =>
          [...(whole ? list : keep), ...add.map((code) => (plain || list.length === 0 ? code : { code, label: label(code) }))],
        );
      }
      case 'TEXT_LIST': {
        const list = v as Bilingual[];
        return fc.record({ keep: fc.subarray(list), add: textList, whole: fc.boolean() }).map(({ keep, add, whole }) => {
          const base = whole ? list : keep;
          return [...base, ...add.filter((t) => !base.some((b) => textKey(b) === textKey(t)))];
        });
      }
      default:
        return VALUES[kind];
    }
  })();
  // Keeping the value is the commonest local choice, and the only one LOCKED allows.
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(structuredClone(v)) },
    { weight: 4, arbitrary: near },
    { weight: 1, arbitrary: VALUES[kind] as fc.Arbitrary<unknown> },
  ) as fc.Arbitrary<ValueKinds[K]>;
}

/** Every (kind, policy) pair where the policy fits. */
const FITTING = VALUE_KINDS.flatMap((kind) => fittingPolicies(kind).map((policy) => ({ kind, policy })));
const RUNS = { numRuns: 100 };

// ─── Readable examples ──────────────────────────────────────────────────────

describe('examples from the standard', () => {
  it('a staffing minimum may be raised, not lowered, and the refusal says everything', () => {
    const base = { path: PATH, kind: 'INTEGER' as const, policy: Policy.RAISE_ONLY, inherited: 12, setBy: 'HO' };
    expect(checkOverride({ ...base, proposed: 14 })).toBeNull();
    const v = checkOverride({ ...base, proposed: 10 });
    expect(v).toEqual({
      path: PATH,
      rule: 'policy-raise-only',
      policy: Policy.RAISE_ONLY,
      kind: 'INTEGER',
      inherited: 12,
      attempted: 10,
      setBy: 'HO',
      message:
        'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin: cannot change 12 (set by HO) to 10: the value may be raised, never lowered (RAISE_ONLY).',
    });
  });

  it('a deadline in working days may be shortened, not lengthened', () => {
    const base = { path: 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS', kind: 'INTEGER' as const, policy: Policy.LOWER_ONLY, inherited: 3, setBy: 'GD', core: true };
    expect(checkOverride({ ...base, proposed: 2 })).toBeNull();
    expect(checkOverride({ ...base, proposed: 5 })).toMatchObject({ rule: 'policy-lower-only', inherited: 3, attempted: 5, setBy: 'GD' });
  });

  it('emergency plans may be added to, never dropped or relabelled', () => {
    const plans = [{ code: 'ROBBERY', label: { zh: '抢劫', en: 'Robbery' } }, { code: 'FIRE', label: { zh: '火灾', en: 'Fire' } }];
    const base = { path: 'serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS', kind: 'CODE_LIST' as const, policy: Policy.EXTEND_ONLY, inherited: plans, setBy: 'HO', core: true };
    expect(checkOverride({ ...base, proposed: [plans[1], { code: 'FLOOD', label: { zh: '洪水', en: 'Flood' } }, plans[0]] })).toBeNull();
    const dropped = checkOverride({ ...base, proposed: [plans[1]] });
    expect(dropped).toMatchObject({ rule: 'policy-extend-only' });
    expect(dropped!.message).toContain('it drops ROBBERY');
    const relabelled = checkOverride({ ...base, proposed: [{ code: 'ROBBERY', label: { zh: '演习', en: 'Drill' } }, plans[1]] });
    expect(relabelled!.message).toContain('ROBBERY (changed)');
  });

  it('a staffing range moves up as a whole; a null maximum (no limit) stays null', () => {
    const base = { path: 'outletCategories/LARGE_FULL_FUNCTION/staffing/LOBBY_MANAGER', kind: 'RANGE' as const, policy: Policy.RAISE_ONLY, inherited: { min: 2, max: 3 }, setBy: 'HO' };
    expect(checkOverride({ ...base, proposed: { min: 3, max: 3 } })).toBeNull();
    expect(checkOverride({ ...base, proposed: { min: 3, max: 5 } })).toBeNull();
    expect(checkOverride({ ...base, proposed: { min: 2, max: null } })).toBeNull();
    expect(checkOverride({ ...base, proposed: { min: 2, max: 2 } })!.message).toContain('the maximum would fall');
    expect(checkOverride({ ...base, proposed: { min: 1, max: 3 } })!.message).toContain('the minimum would fall');
    expect(checkOverride({ ...base, proposed: { min: 4, max: 2 } })).toMatchObject({ rule: 'invalid-value' });
    const guides = { ...base, path: 'outletCategories/LARGE_FULL_FUNCTION/staffing/LOBBY_GUIDE', inherited: { min: 0, max: null } };
    expect(checkOverride({ ...guides, proposed: { min: 1, max: null } })).toBeNull();
    expect(checkOverride({ ...guides, proposed: { min: 1, max: 4 } })).toMatchObject({ rule: 'policy-raise-only' });
    expect(checkOverride({ ...guides, proposed: { min: 1, max: 4 } })!.message).toContain('cannot change 0 or more (set by HO) to 1-4');
  });

  it('money compares only in the same currency, even when free', () => {
    const base = { path: 'customerTiers/POTENTIAL/assetsFrom', kind: 'MONEY' as const, policy: Policy.FREE, inherited: { amount: 50_000, currency: 'CNY' }, setBy: 'HO' };
    expect(checkOverride({ ...base, proposed: { amount: 30_000, currency: 'CNY' } })).toBeNull();
    const v = checkOverride({ ...base, proposed: { amount: 7_000, currency: 'USD' } });
    expect(v).toMatchObject({ rule: 'currency-mismatch' });
    expect(v!.message).toBe('customerTiers/POTENTIAL/assetsFrom: cannot change CNY 50,000 (set by HO) to USD 7,000: amounts must stay in CNY, the currency of the inherited value.');
  });

  it('a zone may be made required where it was optional, never the other way', () => {
    const base = { path: 'outletCategories/GENERAL/zones/VIP', kind: 'REQUIREMENT' as const, policy: Policy.RAISE_ONLY, setBy: 'HO' };
    expect(checkOverride({ ...base, inherited: 'OPTIONAL', proposed: 'REQUIRED' })).toBeNull();
    expect(checkOverride({ ...base, inherited: 'REQUIRED', proposed: 'OPTIONAL' })).toMatchObject({ rule: 'policy-raise-only' });
  });

  it('a text may be locked or free, nothing else', () => {
    const t = { zh: '走出去', en: 'Go out' };
    const base = { path: 'outletCategories/GENERAL/outboundMarketing', kind: 'TEXT' as const, inherited: t, setBy: 'HO' };
    expect(checkOverride({ ...base, policy: Policy.FREE, proposed: { zh: '社区', en: 'Community' } })).toBeNull();
    expect(checkOverride({ ...base, policy: Policy.LOCKED, proposed: { zh: '走出去', en: 'Go out!' } })).toMatchObject({ rule: 'policy-locked' });
    // A text marked EXTEND_ONLY (as the seeded standard once did): keeping passes, any change is refused as the author's misfit.
    expect(checkOverride({ ...base, policy: Policy.EXTEND_ONLY, proposed: { ...t } })).toBeNull();
    expect(checkOverride({ ...base, policy: Policy.EXTEND_ONLY, proposed: { zh: '社区', en: 'Community' } })!.message).toContain(
      'the policy EXTEND_ONLY does not apply to a text, so the value can only be kept as it is',
    );
  });

  it('core: a free owner may be renamed but not removed, and a core item may not be marked not applicable', () => {
    const owner = [{ code: 'LOBBY_MANAGER', label: { zh: '大堂经理', en: 'Lobby manager' } }];
    const base = { path: 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_OWNER', kind: 'CODE_LIST' as const, policy: Policy.FREE, inherited: owner, setBy: 'HO', core: true };
    expect(checkOverride({ ...base, proposed: [{ code: 'DEPUTY_HEAD', label: { zh: '副行长', en: 'Deputy head' } }] })).toBeNull();
    expect(checkOverride({ ...base, proposed: [] })).toMatchObject({ rule: 'core-weakened' });
    expect(checkOverride({ ...base, core: false, proposed: [] })).toBeNull();

    const removal = checkRemoval({ path: 'serviceRules/EMERGENCY_PLANS', core: true, setBy: 'HO' });
    expect(removal).toMatchObject({ rule: 'core-removed', attempted: null, setBy: 'HO' });
    expect(removal!.message).toBe('serviceRules/EMERGENCY_PLANS, set by HO, cannot be marked not applicable: it is core content, which every level must keep.');
    expect(checkRemoval({ path: 'serviceRules/CANVASSING', core: false, setBy: 'HO' })).toBeNull();
  });

  it('an entry carrying a policy other than FREE may not be marked not applicable', () => {
    const atm = { path: 'outletCategories/LARGE_FULL_FUNCTION/devices/ATM', kind: 'INTEGER' as const, inherited: 1, setBy: 'HO' };
    const v = checkRemoval({ ...atm, policy: Policy.RAISE_ONLY });
    expect(v).toMatchObject({ rule: 'policy-forbids-removal', policy: Policy.RAISE_ONLY, inherited: 1 });
    expect(v!.message).toBe(
      'outletCategories/LARGE_FULL_FUNCTION/devices/ATM (1), set by HO, cannot be marked not applicable: it carries the policy RAISE_ONLY (may be raised, never lowered), and removing it would go beyond that.',
    );
    expect(checkRemoval({ ...atm, policy: Policy.FREE })).toBeNull();
  });

  it('a policy handed down may be tightened, never loosened', () => {
    const base = { path: PATH, kind: 'INTEGER' as const, setBy: 'GD' };
    expect(checkPolicyChange({ ...base, inherited: Policy.FREE, proposed: Policy.RAISE_ONLY })).toBeNull();
    expect(checkPolicyChange({ ...base, inherited: Policy.RAISE_ONLY, proposed: Policy.LOCKED })).toBeNull();
    expect(checkPolicyChange({ ...base, inherited: Policy.RAISE_ONLY, proposed: Policy.FREE })).toMatchObject({ rule: 'policy-loosened' });
    expect(checkPolicyChange({ ...base, inherited: Policy.RAISE_ONLY, proposed: Policy.LOWER_ONLY })).toMatchObject({ rule: 'policy-loosened' });
    expect(checkPolicyChange({ ...base, inherited: Policy.FREE, proposed: Policy.EXTEND_ONLY })).toMatchObject({ rule: 'policy-misfit' });
  });

  it('policyFits: the table', () => {
    const table = Object.fromEntries(VALUE_KINDS.map((k) => [k, POLICIES.filter((p) => policyFits(k, p))]));
    expect(table).toEqual({
      INTEGER: ['LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'FREE'],
      RANGE: ['LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'FREE'],
      MONEY: ['LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'FREE'],
      CODE_LIST: ['LOCKED', 'EXTEND_ONLY', 'FREE'],
      TEXT_LIST: ['LOCKED', 'EXTEND_ONLY', 'FREE'],
      TEXT: ['LOCKED', 'FREE'],
      REQUIREMENT: ['LOCKED', 'RAISE_ONLY', 'FREE'],
    });
    expect(describePolicy(Policy.RAISE_ONLY, 'TEXT')).toBe('RAISE_ONLY does not apply to a text, so it can only be kept as it is');
    expect(describePolicy(Policy.LOWER_ONLY, 'INTEGER')).toBe('may be lowered, never raised');
  });

  it('malformed values are refused with the kind rules, not a policy rule', () => {
    const rule = (kind: ValueKind, inherited: unknown, proposed: unknown) => verdict(kind, Policy.FREE, inherited as never, proposed);
    expect(rule('INTEGER', 3, 1.5)).toBe('invalid-value');
    expect(rule('INTEGER', 3, -1)).toBe('invalid-value');
    expect(rule('INTEGER', 3, '4')).toBe('kind-mismatch');
    expect(rule('RANGE', { min: 1, max: 2 }, { min: 1 })).toBe('kind-mismatch');
    expect(rule('MONEY', { amount: 1, currency: 'CNY' }, { amount: 1, currency: 'yuan' })).toBe('invalid-value');
    expect(rule('CODE_LIST', ['ATM'], ['ATM', 'ATM'])).toBe('invalid-value');
    expect(rule('CODE_LIST', ['ATM'], ['atm'])).toBe('invalid-value');
    expect(rule('TEXT', { zh: '甲', en: 'a' }, { zh: ' ', en: 'a' })).toBe('kind-mismatch');
    expect(rule('REQUIREMENT', 'REQUIRED', 'MANDATORY')).toBe('kind-mismatch');
    expect(() => checkOverride({ path: PATH, kind: 'RANGE', policy: Policy.FREE, inherited: { min: 3, max: 1 }, proposed: { min: 1, max: 1 } })).toThrow(TypeError);
  });
});

// ─── Properties ─────────────────────────────────────────────────────────────

describe('properties of every kind and policy', () => {
  it('keeping the inherited value (or a copy of it) is always allowed, whatever the policy, fitting or not, core or not', () => {
    for (const kind of VALUE_KINDS) {
      fc.assert(
        fc.property(VALUES[kind], fc.constantFrom(...POLICIES), fc.boolean(), (v, policy, core) => {
          expect(verdict(kind, policy, v, v, core)).toBe('ok');
          expect(verdict(kind, policy, v, structuredClone(v), core)).toBe('ok');
        }),
        RUNS,
      );
    }
  });

  it('LOCKED accepts exactly the equal values', () => {
    for (const kind of VALUE_KINDS) {
      fc.assert(
        fc.property(VALUES[kind], VALUES[kind], (a, b) => {
          const rule = verdict(kind, Policy.LOCKED, a, b);
          if (sameValue(a, b)) expect(rule).toBe('ok');
          else expect(rule).toBe(kind === 'MONEY' && (a as ValueKinds['MONEY']).currency !== (b as ValueKinds['MONEY']).currency ? 'currency-mismatch' : 'policy-locked');
        }),
        RUNS,
      );
    }
  });

  it('FREE accepts any value of the kind (money: in the same currency)', () => {
    for (const kind of VALUE_KINDS) {
      fc.assert(
        fc.property(VALUES[kind], VALUES[kind], (a, b) => {
          const sameCurrency = kind !== 'MONEY' || (a as ValueKinds['MONEY']).currency === (b as ValueKinds['MONEY']).currency;
          expect(verdict(kind, Policy.FREE, a, b)).toBe(sameCurrency ? 'ok' : 'currency-mismatch');
        }),
        RUNS,
      );
    }
  });

  it('RAISE_ONLY on an integer accepts x iff x >= inherited; LOWER_ONLY iff x <= inherited', () => {
    fc.assert(
      fc.property(count, count, (i, p) => {
        expect(verdict('INTEGER', Policy.RAISE_ONLY, i, p)).toBe(p >= i ? 'ok' : 'policy-raise-only');
        expect(verdict('INTEGER', Policy.LOWER_ONLY, i, p)).toBe(p <= i ? 'ok' : 'policy-lower-only');
      }),
      RUNS,
    );
  });

  it('RAISE_ONLY on a range accepts iff neither bound falls (null max = no limit); LOWER_ONLY iff neither rises', () => {
    const top = (r: ValueKinds['RANGE']) => r.max ?? Infinity;
    fc.assert(
      fc.property(range, range, (i, p) => {
        expect(verdict('RANGE', Policy.RAISE_ONLY, i, p)).toBe(p.min >= i.min && top(p) >= top(i) ? 'ok' : 'policy-raise-only');
        expect(verdict('RANGE', Policy.LOWER_ONLY, i, p)).toBe(p.min <= i.min && top(p) <= top(i) ? 'ok' : 'policy-lower-only');
      }),
      RUNS,
    );
  });

  it('money under RAISE_ONLY / LOWER_ONLY compares amounts in one currency, and refuses any other currency', () => {
    fc.assert(
      fc.property(moneyIn(currency), moneyIn(currency), (i, p) => {
        for (const [policy, ok, rule] of [
          [Policy.RAISE_ONLY, p.amount >= i.amount, 'policy-raise-only'],
          [Policy.LOWER_ONLY, p.amount <= i.amount, 'policy-lower-only'],
        ] as const) {
          const expected = sameValue(i, p) ? 'ok' : i.currency !== p.currency ? 'currency-mismatch' : ok ? 'ok' : rule;
          expect(verdict('MONEY', policy, i, p)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('RAISE_ONLY on a requirement refuses exactly REQUIRED -> OPTIONAL', () => {
    fc.assert(
      fc.property(requirement, requirement, (i, p) => {
        expect(verdict('REQUIREMENT', Policy.RAISE_ONLY, i, p)).toBe(i === 'REQUIRED' && p === 'OPTIONAL' ? 'policy-raise-only' : 'ok');
      }),
    );
  });

  it('EXTEND_ONLY on a code list accepts any superset, in any order, and refuses whenever a code is dropped or its item changed', () => {
    fc.assert(
      fc.property(codeList, fc.infiniteStream(fc.boolean()), fc.nat(), (inherited, coin, seed) => {
        const plain = typeof inherited[0] === 'string';
        const code = (item: CodeItem) => (typeof item === 'string' ? item : item.code);
        const extra = CODES.filter((c) => !inherited.some((i) => code(i) === c) && coin.next().value).map((c) => (plain ? c : { code: c, label: label(c) }));
        const superset = [...inherited, ...extra].sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
        expect(verdict('CODE_LIST', Policy.EXTEND_ONLY, inherited, superset)).toBe('ok');
        for (const gone of inherited) {
          const without = superset.filter((i) => code(i) !== code(gone));
          const v = checkOverride({ path: PATH, kind: 'CODE_LIST', policy: Policy.EXTEND_ONLY, inherited, proposed: without });
          expect(v?.rule).toBe('policy-extend-only');
          expect(v!.message).toContain(code(gone));
          // Keeping the code but changing the item (its label) counts as dropping it.
          if (typeof gone !== 'string') {
            const relabelled = superset.map((i) => (i === gone ? { code: gone.code, label: { zh: '别的', en: 'something else' } } : i));
            expect(verdict('CODE_LIST', Policy.EXTEND_ONLY, inherited, relabelled)).toBe('policy-extend-only');
          }
        }
      }),
      RUNS,
    );
  });

  it('EXTEND_ONLY on a text list accepts any superset and refuses whenever a text is dropped', () => {
    fc.assert(
      fc.property(textList, textList, (inherited, more) => {
        const superset = [...more.filter((t) => !inherited.some((i) => textKey(i) === textKey(t))), ...inherited];
        expect(verdict('TEXT_LIST', Policy.EXTEND_ONLY, inherited, superset)).toBe('ok');
        for (const gone of inherited) {
          expect(verdict('TEXT_LIST', Policy.EXTEND_ONLY, inherited, superset.filter((t) => t !== gone))).toBe('policy-extend-only');
        }
      }),
      RUNS,
    );
  });

  it('is transitive: b allowed over a and c over b imply c over a, for every fitting policy, core or not', () => {
    for (const { kind, policy } of FITTING) {
      let chains = 0;
      fc.assert(
        fc.property(
          VALUES[kind].chain((a) => nearby(kind, a).chain((b) => nearby(kind, b).map((c) => [a, b, c] as const))),
          fc.boolean(),
          ([a, b, c], core) => {
            if (allowed(kind, policy, a, b, core) && allowed(kind, policy, b, c, core)) {
              chains++;
              expect(verdict(kind, policy, a, c, core)).toBe('ok');
            }
          },
        ),
        { numRuns: 100 },
      );
      // The premise must hold often enough for the property to say something:
      // about 20 of 100 runs for LOCKED (a = b = c), far more for the others.
      expect(chains, `${kind} ${policy}`).toBeGreaterThan(3);
    }
  });

  it('every refusal names the path, the inherited and attempted values and the unit that set it', () => {
    for (const kind of VALUE_KINDS) {
      fc.assert(
        fc.property(VALUES[kind], VALUES[kind], fc.constantFrom(...POLICIES), fc.boolean(), fc.constantFrom('HO', 'GD', 'GD-FS'), (a, b, policy, core, setBy) => {
          const path = valuePath('serviceRules', 'RULE_1', 'parameters', 'P-2');
          const v = checkOverride({ path, kind, policy, inherited: a, proposed: b, core, setBy });
          if (!v) return;
          expect(v).toMatchObject({ path, policy, kind, setBy, inherited: a, attempted: b });
          for (const part of [path, formatValue(kind, a), formatValue(kind, b), `set by ${setBy}`]) expect(v.message).toContain(part);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('a policy that does not fit the kind refuses every change as a misfit', () => {
    for (const kind of VALUE_KINDS) {
      const misfits = POLICIES.filter((p) => !policyFits(kind, p));
      if (!misfits.length) continue;
      fc.assert(
        fc.property(VALUES[kind], VALUES[kind], fc.constantFrom(...misfits), (a, b, policy) => {
          expect(verdict(kind, policy, a, b)).toBe(sameValue(a, b) ? 'ok' : 'policy-misfit');
        }),
        { numRuns: 60 },
      );
    }
  });

  it('a value of another kind is refused for its shape, never accepted', () => {
    for (const kind of VALUE_KINDS) {
      const others = VALUE_KINDS.filter((k) => k !== kind).map((k) => VALUES[k] as fc.Arbitrary<unknown>);
      fc.assert(
        fc.property(VALUES[kind], fc.oneof(...others), fc.constantFrom(...POLICIES), (a, b, policy) => {
          fc.pre(!isValueOfKind(kind, b));
          expect(['kind-mismatch', 'invalid-value']).toContain(verdict(kind, policy, a, b));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('core changes nothing for LOCKED, RAISE_ONLY, LOWER_ONLY and EXTEND_ONLY; under FREE it refuses only weakening', () => {
    for (const { kind, policy } of FITTING) {
      fc.assert(
        fc.property(VALUES[kind], VALUES[kind], (a, b) => {
          const plain = verdict(kind, policy, a, b, false);
          const core = verdict(kind, policy, a, b, true);
          if (policy !== Policy.FREE || plain !== 'ok') return void expect(core).toBe(plain);
          const emptied = (kind === 'CODE_LIST' || kind === 'TEXT_LIST') && (b as unknown[]).length === 0 && (a as unknown[]).length > 0;
          const dropped = kind === 'REQUIREMENT' && a === 'REQUIRED' && b === 'OPTIONAL';
          expect(core).toBe(emptied || dropped ? 'core-weakened' : 'ok');
        }),
        { numRuns: 60 },
      );
    }
  });

  it('an allowed policy change only ever narrows what the levels below may do', () => {
    for (const kind of VALUE_KINDS) {
      const fitting = fittingPolicies(kind);
      fc.assert(
        fc.property(fc.constantFrom(...fitting), fc.constantFrom(...fitting), VALUES[kind], VALUES[kind], (p, q, a, b) => {
          const ok = checkPolicyChange({ path: PATH, kind, inherited: p, proposed: q }) === null;
          expect(ok).toBe(policyWithin(q, p));
          if (ok && allowed(kind, q, a, b)) expect(verdict(kind, p, a, b)).toBe('ok');
        }),
        { numRuns: 100 },
      );
    }
  });

  it('removal: refused for core, refused under any policy but FREE, allowed otherwise', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.option(fc.constantFrom(...POLICIES), { nil: null }), fc.constantFrom('HO', 'GD'), (core, policy, setBy) => {
        const path = 'outletCategories/GENERAL/staffing/LOBBY_GUIDE';
        const v = checkRemoval({ path, core, policy, setBy });
        const expected = core ? 'core-removed' : policy !== null && policy !== Policy.FREE ? 'policy-forbids-removal' : 'ok';
        expect(v?.rule ?? 'ok').toBe(expected);
        if (v) for (const part of [`${path}, set by ${setBy}, cannot be marked not applicable`]) expect(v.message).toContain(part);
      }),
      { numRuns: 60 },
    );
  });
});

describe('value paths', () => {
  const field = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/);
  const code = fc.stringMatching(/^[A-Z0-9_-]{1,12}$/);

  it('valuePath and parseValuePath are inverse', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(field, code), { minLength: 1, maxLength: 6 }), (segments) => {
        expect(parseValuePath(valuePath(...segments))).toEqual(segments);
      }),
      RUNS,
    );
  });

  it('refuses segments that are neither a field name nor a code', () => {
    for (const bad of ['', 'a/b', 'Abc', 'lobby_staff', 'large-full', 'X Y', '名']) expect(() => valuePath('outletCategories', bad)).toThrow(RangeError);
    expect(() => valuePath()).toThrow(RangeError);
    for (const bad of ['', '/', 'a//b', '/outletCategories', 'outletCategories/', 'zones/Vip', 'zones/VIP/']) expect(parseValuePath(bad)).toBeNull();
    expect(parseValuePath('serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS')).toEqual([
      'serviceRules', 'COMPLAINT_HANDLING', 'parameters', 'COMPLAINT_REPLY_WORKING_DAYS',
    ]);
  });

  it('matches concrete paths to the documented patterns', () => {
    expect(policedValueFor('outletCategories/GENERAL/staffing/LOBBY_GUIDE')).toMatchObject({ kind: 'RANGE' });
    expect(policedValueFor('customerTiers/MASS/assetsBelow')).toMatchObject({ kind: 'MONEY', pattern: 'customerTiers/<TIER>/assetsBelow' });
    expect(policedValueFor('outletCategories/GENERAL/name')).toBeNull();
  });
});

// ─── The seeded standard against the module ─────────────────────────────────

/** Every policed value of a seeded standard, with its path, kind and policy. */
function policedValues(s: SeedStandard) {
  const out: { path: string; kind: ValueKind; policy: Policy; value: unknown; core: boolean }[] = [];
  const add = (kind: ValueKind, policy: string, value: unknown, ...segments: string[]) =>
    out.push({ path: valuePath(...segments), kind, policy: policy as Policy, value, core: false });
  for (const p of s.positions) add('TEXT_LIST', p.duties.policy, p.duties.value, 'positions', p.code, 'duties');
  for (const z of s.zones) add('CODE_LIST', z.equipment.policy, z.equipment.value, 'zones', z.code, 'equipment');
  for (const c of s.categories) {
    const at = ['outletCategories', c.code];
    add('INTEGER', c.marketingStaffMin.policy, c.marketingStaffMin.value, ...at, 'marketingStaffMin');
    if (c.salesServiceStaffMin) add('INTEGER', c.salesServiceStaffMin.policy, c.salesServiceStaffMin.value, ...at, 'salesServiceStaffMin');
    add('RANGE', c.lobbyStaffTotal.policy, c.lobbyStaffTotal.value, ...at, 'lobbyStaffTotal');
    for (const r of c.staffing) add('RANGE', r.policy, r.value, ...at, 'staffing', r.position);
    for (const d of c.devices) add('INTEGER', d.policy, d.value, ...at, 'devices', d.deviceType);
    if (c.smartDevices) add('CODE_LIST', c.smartDevices.policy, c.smartDevices.value, ...at, 'smartDevices');
    for (const z of c.zones) add('REQUIREMENT', z.policy, z.value, ...at, 'zones', z.zone);
    add('TEXT', c.outboundMarketing.policy, c.outboundMarketing.value, ...at, 'outboundMarketing');
  }
  for (const t of s.customerTiers) {
    for (const f of ['assetsFrom', 'assetsBelow', 'personalLoansFrom'] as const) {
      const v = t[f];
      if (v) add('MONEY', v.policy, v.value, 'customerTiers', t.code, f);
    }
  }
  for (const r of s.serviceRules) {
    for (const p of r.parameters) {
      const v = p.value;
      const value = v.type === 'CODE_LIST' ? v.value.map((code) => ({ code, label: v.labels[code] })) : v.value;
      add(v.type, p.policy, value, 'serviceRules', r.code, 'parameters', p.code);
      out[out.length - 1].core = r.core;
    }
  }
  return out;
}

describe("the seeded head-office standard's policies", () => {
  const values = policedValues(bankStandard);

  it('every policed value has a documented path, a valid value of its kind, and may be kept', () => {
    expect(values.length).toBeGreaterThan(80);
    for (const v of values) {
      const entry = policedValueFor(v.path);
      expect(entry, v.path).not.toBeNull();
      if (entry!.kind) expect(entry!.kind, v.path).toBe(v.kind);
      expect(isValueOfKind(v.kind, v.value), v.path).toBe(true);
      expect(checkOverride({ path: v.path, kind: v.kind, policy: v.policy, inherited: v.value as never, proposed: structuredClone(v.value), core: v.core })).toBeNull();
    }
  });

  it('has no misfits: every policy means something for its value (outbound marketing, a text, is LOCKED, no longer EXTEND_ONLY)', () => {
    const misfits = values.filter((v) => !policyFits(v.kind, v.policy)).map((v) => `${v.path} ${v.kind} ${v.policy}`);
    expect(misfits).toEqual([]);
    expect(values.filter((v) => v.path.endsWith('/outboundMarketing')).map((v) => v.policy)).toEqual(['LOCKED', 'LOCKED', 'LOCKED']);
  });
});
