/**
 * Demo local versions (本地化版本), loaded through the local-version services
 * under the system actor, in this order: Guangdong's approved version first,
 * since its Foshan and Tianhe branches build on it.
 *
 * - Guangdong (GD), a wealthier province, raises the mid/high-end asset
 *   threshold (and the potential tier's upper bound with it, so the tiers
 *   still meet end to end) and adds a typhoon plan to the emergency plans.
 * - Foshan (GD-FS) raises the large outlets' marketing staff minimum to 14
 *   and has sent it up: it awaits Guangdong's approval.
 * - Tianhe (GD-GZTH) shortened the complaint reply deadline; Guangdong
 *   returned it with comments.
 *
 * A wealth-manager position (理财经理) would be a local item, which local
 * versions cannot add yet.
 */
export interface DemoLocalVersion {
  orgUnitCode: string;
  code: string;
  title: { zh: string; en: string };
  changes: { path: string; value: unknown | ((inherited: unknown) => unknown) }[];
  outcome: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  submitComment?: string;
  decision?: { comment: string; itemComments?: { path: string; comment: string }[] };
}

const CNY = (amount: number) => ({ amount, currency: 'CNY' });

export const demoLocalVersions: DemoLocalVersion[] = [
  {
    orgUnitCode: 'GD',
    code: 'GD-2026-01',
    title: { zh: '广东省分行网点标准本地化（2026）', en: 'Guangdong outlet standard, localized (2026)' },
    changes: [
      { path: 'customerTiers/POTENTIAL/assetsBelow', value: CNY(300_000) },
      { path: 'customerTiers/MID_HIGH_END/assetsFrom', value: CNY(300_000) },
      {
        path: 'serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS',
        value: (inherited: unknown) => [...(inherited as unknown[]), { code: 'TYPHOON', label: { zh: '台风应急预案', en: 'Typhoon' } }],
      },
    ],
    outcome: 'APPROVED',
    submitComment: '珠三角客户资产水平较高，提高中高端客户门槛；沿海网点增加台风预案。 Higher client assets in the Pearl River Delta; coastal outlets need a typhoon plan.',
    decision: { comment: '同意。 Approved.' },
  },
  {
    orgUnitCode: 'GD-FS',
    code: 'GD-FS-2026-01',
    title: { zh: '佛山分行网点标准本地化（2026）', en: 'Foshan outlet standard, localized (2026)' },
    changes: [{ path: 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin', value: 14 }],
    outcome: 'SUBMITTED',
    submitComment: '禅城、南海大型网点客流大，营销服务人员增至14人。 Large outlets in Chancheng and Nanhai are busy: 14 marketing and service staff.',
  },
  {
    orgUnitCode: 'GD-GZTH',
    code: 'GD-GZTH-2026-01',
    title: { zh: '广州天河支行网点标准本地化（2026）', en: 'Tianhe outlet standard, localized (2026)' },
    changes: [{ path: 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS', value: 1 }],
    outcome: 'RETURNED',
    submitComment: '投诉一个工作日内答复。 Reply to complaints within one working day.',
    decision: {
      comment: '请补充人员安排后再提交。 Say how the outlets will staff this, then resubmit.',
      itemComments: [
        {
          path: 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS',
          comment: '一个工作日是否可行？可考虑2天。 Is one working day feasible? Consider two.',
        },
      ],
    },
  },
];
