/**
 * The demo rollout (推广), loaded through the rollout services under the
 * system actor. It is in progress whenever the demo is seeded: its dates are
 * counted in days from the seeding day, so design, pilot and improvement
 * have ended (the timeline flags them), acceptance is under way, and the
 * promotion lies ahead.
 *
 * - head office launched it with Foshan (GD-FS) and Suzhou (JS-SZ) as pilots;
 * - Guangdong's localization (GD) is approved: acceptance and promotion
 *   narrowed, Foshan in wave 1 and Tianhe (GD-GZTH) in wave 2;
 * - Jiangsu's localization (JS) is submitted, awaiting head office;
 * - Foshan's implementation scheme is approved, its outlets in two waves,
 *   with a local action already overdue;
 * - Tianhe's scheme was returned by Guangdong: its second wave ends too late;
 * - Sichuan has no plan yet.
 */
export type DemoRolloutOutcome = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

type Phase = 'DESIGN' | 'PILOT' | 'IMPROVE' | 'ACCEPTANCE' | 'SUMMARY' | 'PROMOTION';

export interface DemoRolloutPlan {
  unitCode: string;
  phases?: { phase: Phase; start: string; end: string }[];
  pilotUnitCodes?: string[];
  waves?: { number: number; start: string; end: string; unitCodes: string[] }[];
  actions?: { what: string; who: string; dueDate: string }[];
  outcome: DemoRolloutOutcome;
  comment?: string;
}

export interface DemoRollout {
  code: string;
  title: { zh: string; en: string };
  phases: { phase: Phase; start: string; end: string }[];
  pilotUnitCodes: string[];
  /** In order: a tier-one's plan before its tier-twos' (theirs are checked against its approved one). */
  plans: DemoRolloutPlan[];
}

export const DEMO_ROLLOUT_CODE = 'RO-2026-01';

/** The demo rollout with its dates laid out around `today` (yyyy-mm-dd). */
export function demoRollout(today: string): DemoRollout {
  const t = Date.parse(`${today}T00:00:00Z`);
  const d = (days: number) => new Date(t + days * 86_400_000).toISOString().slice(0, 10);
  return {
    code: DEMO_ROLLOUT_CODE,
    title: { zh: '网点服务标准全行推广', en: 'Bank-wide rollout of the outlet service standard' },
    phases: [
      { phase: 'DESIGN', start: d(-150), end: d(-121) },
      { phase: 'PILOT', start: d(-120), end: d(-61) },
      { phase: 'IMPROVE', start: d(-60), end: d(-31) },
      { phase: 'ACCEPTANCE', start: d(-30), end: d(14) },
      { phase: 'SUMMARY', start: d(15), end: d(44) },
      { phase: 'PROMOTION', start: d(45), end: d(224) },
    ],
    pilotUnitCodes: ['GD-FS', 'JS-SZ'],
    plans: [
      {
        unitCode: 'GD',
        phases: [
          { phase: 'ACCEPTANCE', start: d(-25), end: d(10) },
          { phase: 'PROMOTION', start: d(50), end: d(200) },
        ],
        pilotUnitCodes: ['GD-FS'],
        waves: [
          { number: 1, start: d(50), end: d(110), unitCodes: ['GD-FS'] },
          { number: 2, start: d(111), end: d(200), unitCodes: ['GD-GZTH'] },
        ],
        outcome: 'APPROVED',
        comment: '同意广东分行推广方案',
      },
      {
        unitCode: 'JS',
        phases: [{ phase: 'PROMOTION', start: d(45), end: d(180) }],
        pilotUnitCodes: ['JS-SZ'],
        waves: [
          { number: 1, start: d(45), end: d(120), unitCodes: ['JS-SZ'] },
          { number: 2, start: d(100), end: d(180), unitCodes: ['JS-NJGL'] },
        ],
        outcome: 'SUBMITTED',
      },
      {
        unitCode: 'GD-FS',
        waves: [
          { number: 1, start: d(50), end: d(80), unitCodes: ['GD-FS-01', 'GD-FS-02'] },
          { number: 2, start: d(81), end: d(110), unitCodes: ['GD-FS-03'] },
        ],
        actions: [
          { what: '试点网点验收材料整理', who: '佛山分行运营管理部', dueDate: d(-5) },
          { what: '第二批网点大堂改造招标', who: '佛山分行行政部', dueDate: d(60) },
        ],
        outcome: 'APPROVED',
        comment: '同意',
      },
      {
        unitCode: 'GD-GZTH',
        waves: [
          { number: 1, start: d(111), end: d(150), unitCodes: ['GD-GZTH-01', 'GD-GZTH-02'] },
          { number: 2, start: d(151), end: d(200), unitCodes: ['GD-GZTH-03'] },
        ],
        actions: [{ what: '厅堂人员培训', who: '天河支行个人金融部', dueDate: d(120) }],
        outcome: 'RETURNED',
        comment: '第二批结束过晚，请提前至全面推广中期完成',
      },
    ],
  };
}
