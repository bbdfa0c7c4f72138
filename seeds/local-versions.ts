/**
 * Demo local versions (本地化版本), loaded through the local-version services
 * under the system actor, in this order: Guangdong's approved version first,
 * since its Foshan and Tianhe branches build on it.
 *
 * - Guangdong (GD), a wealthier province, raises the mid/high-end asset
 *   threshold (and the potential tier's upper bound with it, so the tiers
 *   still meet end to end), adds a typhoon plan to the emergency plans, and
 *   adds a local position, the wealth manager (理财经理), which head office's
 *   standard does not have, with one or two of them in each large outlet.
 * - Foshan (GD-FS) raises the large outlets' marketing staff minimum to 14
 *   and has sent it up: it awaits Guangdong's approval.
 * - Tianhe (GD-GZTH) shortened the complaint reply deadline; Guangdong
 *   returned it with comments.
 */
export interface DemoLocalVersion {
  orgUnitCode: string;
  code: string;
  title: { zh: string; en: string };
  /** `policy` is required for an entry the version adds (a staffing row for its own position). */
  changes: { path: string; value: unknown | ((inherited: unknown) => unknown); policy?: 'LOCKED' | 'RAISE_ONLY' | 'LOWER_ONLY' | 'EXTEND_ONLY' | 'FREE' }[];
  /** Keyed entries for those items (their staffing), set after them. */
  entries?: DemoLocalVersion['changes'];
  /** Items the version adds, each as the kind's add mutation (addLocalPosition…) takes it. */
  items?: { kind: 'POSITION' | 'ZONE' | 'DEVICE_TYPE' | 'CUSTOMER_TIER' | 'CLASSIFIER' | 'SERVICE_RULE'; input: { code: string } & Record<string, unknown> }[];
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
    items: [
      {
        kind: 'POSITION',
        input: {
          code: 'WEALTH_MANAGER',
          kind: 'POSITION',
          name: { zh: '理财经理', en: 'Wealth manager' },
          reportsTo: 'OUTLET_HEAD',
          summary: {
            zh: '在网点为中高端个人客户做资产配置和理财规划，是客户经理在财富管理方面的专业支撑。',
            en: 'Plans investments and asset allocation for mid/high-end individual clients at the outlet, backing the relationship managers on wealth matters.',
          },
          duties: {
            value: [
              { zh: '为中高端客户做资产检视和配置建议。', en: 'Reviews mid/high-end clients’ assets and proposes how to allocate them.' },
              { zh: '按规定做好客户风险测评和产品适当性匹配。', en: 'Assesses each client’s risk tolerance and matches products to it as the rules require.' },
              { zh: '定期回访持有理财产品的客户。', en: 'Follows up regularly with clients who hold wealth products.' },
            ],
            policy: 'EXTEND_ONLY',
          },
          capabilities: [{ zh: '持有基金、理财等销售从业资格。', en: 'Holds the licences to sell funds and wealth products.' }],
        },
      },
    ],
    // Its staffing in large outlets, added once the position exists: one or two, which the cities may raise.
    entries: [{ path: 'outletCategories/LARGE_FULL_FUNCTION/staffing/WEALTH_MANAGER', value: { min: 1, max: 2 }, policy: 'RAISE_ONLY' }],
    outcome: 'APPROVED',
    submitComment: '珠三角客户资产水平较高，提高中高端客户门槛并增设理财经理岗位；沿海网点增加台风预案。 Higher client assets in the Pearl River Delta: a higher mid/high-end threshold and a wealth-manager post; coastal outlets need a typhoon plan.',
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
