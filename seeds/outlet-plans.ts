/**
 * Demo outlet implementation plans (落地方案), loaded through the outlet-plan
 * services under the system actor: facts, action items and justifications,
 * then submitted, approved or returned as `outcome` says.
 *
 * Across the demo network they show every plan state and both sides of
 * compliance:
 * - approved and compliant: GD-GZTH-01, JS-NJGL-01;
 * - approved with gaps: JS-SZ-01 (two action items overdue), SC-MY-01 (its
 *   VIP zone still being built);
 * - submitted: GD-GZTH-02 (gaps, each with a dated action), JS-NJGL-02;
 * - returned: JS-SZ-02 (the approver did not accept its justification);
 * - draft: GD-GZTH-03 (gaps not yet addressed), SC-MY-02;
 * - no plan yet: JS-SZ-03, JS-NJGL-03, SC-MY-03.
 *
 * Foshan (GD-FS) and Chengdu Jinjiang (SC-CDJJ) have no demo plans on
 * purpose: the outlet head of GD-FS-01 drafts one in the walkthrough and the
 * browser test, and the API tests build their own plans there on a known,
 * empty start.
 */
export type DemoPlanOutcome = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface DemoOutletPlan {
  outletCode: string;
  facts: {
    floorArea: number;
    /** [position, current headcount, target headcount] */
    staffing: [string, number, number][];
    /** Zones present now. */
    present: string[];
    /** Zones planned but not yet there. */
    planned?: string[];
    /** Self-service devices by type. */
    devices: Record<string, number>;
    /** Core service rules acknowledged: all those in force, or all but these. */
    acknowledged: 'ALL' | { allBut: string[] };
  };
  actions?: { who: string; dueDate: string; what: string; expectedEffect: string; path: string; done?: boolean }[];
  justifications?: { path: string; text: string }[];
  outcome: DemoPlanOutcome;
  decision?: { comment: string };
}

const ALL_ZONES = ['CONSULTATION', 'MARKETING_INFO', 'WAITING', 'CLOSED_COUNTER', 'OPEN_COUNTER', 'VIP', 'SELF_SERVICE', 'SUPPORT'];
const except = (...zones: string[]) => ALL_ZONES.filter((z) => !zones.includes(z));
const LARGE = 'outletCategories/LARGE_FULL_FUNCTION';
const MEDIUM = 'outletCategories/MEDIUM_FULL_FUNCTION';

export const demoOutletPlans: DemoOutletPlan[] = [
  {
    outletCode: 'GD-GZTH-01',
    facts: {
      floorArea: 1200,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 2, 2],
        ['LOBBY_MANAGER', 2, 2],
        ['LOBBY_GUIDE', 2, 2],
        ['CLOSED_COUNTER_TELLER', 3, 3],
        ['OPEN_COUNTER_TELLER', 2, 2],
        ['RELATIONSHIP_MANAGER', 3, 4],
        // Guangdong's local version asks its large outlets for one or two wealth managers.
        ['WEALTH_MANAGER', 1, 1],
      ],
      present: ALL_ZONES,
      devices: { ATM: 2, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 3 },
      acknowledged: 'ALL',
    },
    actions: [
      {
        who: '天河体育中心网点 刘洋 (Liu Yang)',
        dueDate: '2026-09-30',
        what: '贵宾区扩建完工并启用。 Finish and open the enlarged VIP area.',
        expectedEffect: '贵宾客户独立等候与办理。 VIP clients wait and are served apart.',
        path: `${LARGE}/zones/VIP`,
        done: true,
      },
    ],
    outcome: 'APPROVED',
    decision: { comment: '达标，同意。 Meets the standard; approved.' },
  },
  {
    outletCode: 'GD-GZTH-02',
    facts: {
      floorArea: 650,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 1, 1],
        ['LOBBY_MANAGER', 1, 1],
        ['LOBBY_GUIDE', 1, 2],
        ['CLOSED_COUNTER_TELLER', 1, 1],
        ['OPEN_COUNTER_TELLER', 1, 1],
        ['RELATIONSHIP_MANAGER', 1, 1],
      ],
      present: except('VIP'),
      planned: ['VIP'],
      devices: { ATM: 1, CASH_RECYCLER: 1, MULTI_FUNCTION_TERMINAL: 2 },
      acknowledged: 'ALL',
    },
    actions: [
      {
        who: '珠江新城网点 黄婷 (Huang Ting)',
        dueDate: '2027-03-31',
        what: '招聘一名大堂引导员。 Hire a lobby guide.',
        expectedEffect: '厅堂人员达到3人。 Three lobby staff.',
        path: `${MEDIUM}/lobbyStaffTotal`,
      },
      {
        who: '珠江新城网点 黄婷 (Huang Ting)',
        dueDate: '2027-02-28',
        what: '申领一台存取款一体机。 Requisition a cash recycler.',
        expectedEffect: '存取款一体机达到2台。 Two cash recyclers.',
        path: `${MEDIUM}/devices/CASH_RECYCLER`,
      },
      {
        who: '广州天河支行 运营部 (Tianhe operations)',
        dueDate: '2027-06-30',
        what: '改造二楼为贵宾服务区。 Turn the first floor into the VIP area.',
        expectedEffect: '设立贵宾区。 A VIP area in use.',
        path: `${MEDIUM}/zones/VIP`,
      },
    ],
    outcome: 'SUBMITTED',
  },
  {
    outletCode: 'GD-GZTH-03',
    facts: {
      floorArea: 280,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['LOBBY_MANAGER', 1, 1],
        ['OPEN_COUNTER_TELLER', 1, 2],
      ],
      present: except('VIP', 'SUPPORT'),
      devices: {},
      acknowledged: { allBut: ['MEDIA_ENQUIRIES'] },
    },
    outcome: 'DRAFT',
  },
  {
    outletCode: 'JS-SZ-01',
    facts: {
      floorArea: 1100,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 1, 1],
        ['LOBBY_MANAGER', 2, 2],
        ['LOBBY_GUIDE', 1, 2],
        ['CLOSED_COUNTER_TELLER', 2, 2],
        ['OPEN_COUNTER_TELLER', 2, 2],
        ['RELATIONSHIP_MANAGER', 2, 3],
      ],
      present: ALL_ZONES,
      devices: { ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 1 },
      acknowledged: 'ALL',
    },
    actions: [
      {
        who: '苏州工业园区支行 周敏 (Zhou Min)',
        dueDate: '2026-06-30',
        what: '从分行调入一名客户经理。 Transfer a relationship manager in from the branch.',
        expectedEffect: '营销服务人员达到12人。 Twelve marketing and service staff.',
        path: `${LARGE}/marketingStaffMin`,
      },
      {
        who: '苏州工业园区支行 周敏 (Zhou Min)',
        dueDate: '2026-09-30',
        what: '招聘一名大堂引导员。 Hire a lobby guide.',
        expectedEffect: '厅堂人员达到4人。 Four lobby staff.',
        path: `${LARGE}/lobbyStaffTotal`,
      },
    ],
    justifications: [
      {
        path: `${LARGE}/devices/MULTI_FUNCTION_TERMINAL`,
        text: '第二台智能柜员机已纳入总行集中采购，到货时间未定。 The second multi-function terminal is in head office’s central purchase; no delivery date yet.',
      },
    ],
    outcome: 'APPROVED',
    decision: { comment: '同意，请按期补齐人员。 Approved; staff up on time.' },
  },
  {
    outletCode: 'JS-SZ-02',
    facts: {
      floorArea: 520,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 1, 1],
        ['LOBBY_MANAGER', 2, 2],
        ['LOBBY_GUIDE', 1, 1],
        ['CLOSED_COUNTER_TELLER', 1, 1],
        ['OPEN_COUNTER_TELLER', 1, 1],
      ],
      present: ALL_ZONES,
      devices: { CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 },
      acknowledged: 'ALL',
    },
    justifications: [
      {
        path: `${MEDIUM}/devices/ATM`,
        text: '附近有他行自助银行。 Another bank’s self-service lobby is nearby.',
      },
    ],
    outcome: 'RETURNED',
    decision: { comment: '理由不成立，请补充取款机配置计划。 Not a reason: plan the ATM.' },
  },
  {
    outletCode: 'JS-NJGL-01',
    facts: {
      floorArea: 1300,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 1, 1],
        ['LOBBY_MANAGER', 3, 3],
        ['LOBBY_GUIDE', 2, 2],
        ['CLOSED_COUNTER_TELLER', 3, 3],
        ['OPEN_COUNTER_TELLER', 2, 2],
        ['RELATIONSHIP_MANAGER', 2, 2],
      ],
      present: ALL_ZONES,
      devices: { ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 },
      acknowledged: 'ALL',
    },
    outcome: 'APPROVED',
    decision: { comment: '同意。 Approved.' },
  },
  {
    outletCode: 'JS-NJGL-02',
    facts: {
      floorArea: 300,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['LOBBY_MANAGER', 1, 1],
        ['OPEN_COUNTER_TELLER', 2, 2],
        ['RELATIONSHIP_MANAGER', 1, 1],
      ],
      present: except('VIP'),
      devices: { ATM: 1 },
      acknowledged: 'ALL',
    },
    outcome: 'SUBMITTED',
  },
  {
    outletCode: 'SC-MY-01',
    facts: {
      floorArea: 700,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['DEPUTY_HEAD', 1, 1],
        ['LOBBY_MANAGER', 2, 2],
        ['LOBBY_GUIDE', 1, 1],
        ['CLOSED_COUNTER_TELLER', 1, 1],
        ['OPEN_COUNTER_TELLER', 1, 1],
        ['RELATIONSHIP_MANAGER', 1, 1],
      ],
      present: except('VIP'),
      planned: ['VIP'],
      devices: { ATM: 1, CASH_RECYCLER: 2, MULTI_FUNCTION_TERMINAL: 2 },
      acknowledged: 'ALL',
    },
    actions: [
      {
        who: '绵阳涪城支行 杨帆 (Yang Fan)',
        dueDate: '2027-05-31',
        what: '贵宾区装修。 Fit out the VIP area.',
        expectedEffect: '设立贵宾区。 A VIP area in use.',
        path: `${MEDIUM}/zones/VIP`,
      },
    ],
    outcome: 'APPROVED',
    decision: { comment: '同意，贵宾区按期完工。 Approved; finish the VIP area on time.' },
  },
  {
    outletCode: 'SC-MY-02',
    facts: {
      floorArea: 260,
      staffing: [
        ['OUTLET_HEAD', 1, 1],
        ['LOBBY_MANAGER', 1, 1],
        ['OPEN_COUNTER_TELLER', 1, 1],
        ['RELATIONSHIP_MANAGER', 1, 1],
      ],
      present: except('VIP'),
      devices: {},
      acknowledged: 'ALL',
    },
    outcome: 'DRAFT',
  },
];
