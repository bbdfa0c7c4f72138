/**
 * Demo sign-ins, one per kind of user, and one integration token. Data only;
 * api/src/seed.ts loads what is missing. Every demo user has DEMO_PASSWORD.
 * These exist for demos and tests: a real deployment creates its own users.
 */
export const DEMO_PASSWORD = 'Standards-Demo-2026';

export interface DemoUser {
  username: string;
  displayName: string;
  unitCode: string;
  roles: ('STANDARDS_AUTHOR' | 'BRANCH_STAFF' | 'OUTLET_HEAD' | 'APPROVER' | 'AUDITOR' | 'ADMIN')[];
}

export const demoUsers: DemoUser[] = [
  { username: 'ho_staff', displayName: '总行标准处 王敏 (Wang Min, head office)', unitCode: 'HO', roles: ['STANDARDS_AUTHOR', 'APPROVER'] },
  // A second head-office approver, so an edition ho_staff submits has someone else to approve it.
  { username: 'ho_approver', displayName: '总行标准处 刘洋 (Liu Yang, head-office approver)', unitCode: 'HO', roles: ['APPROVER'] },
  { username: 't1_staff', displayName: '广东省分行 李强 (Li Qiang, Guangdong branch)', unitCode: 'GD', roles: ['BRANCH_STAFF', 'APPROVER'] },
  { username: 't2_staff', displayName: '佛山分行 陈静 (Chen Jing, Foshan branch)', unitCode: 'GD-FS', roles: ['BRANCH_STAFF', 'APPROVER'] },
  { username: 'outlet_head', displayName: '禅城营业部 赵磊 (Zhao Lei, outlet head)', unitCode: 'GD-FS-01', roles: ['OUTLET_HEAD'] },
  { username: 'auditor', displayName: '总行审计部 孙悦 (Sun Yue, audit)', unitCode: 'HO', roles: ['AUDITOR'] },
  { username: 'admin', displayName: '系统管理员 (System administrator)', unitCode: 'HO', roles: ['ADMIN'] },
];

/** A read-only token for the queue-management system, scoped to the Guangdong branch. */
export const DEMO_API_TOKEN = {
  name: '排队叫号系统（广东试点） Queue management, Guangdong pilot',
  system: 'QUEUE_MANAGEMENT',
  scopeUnitCode: 'GD',
  token: 'ost_demo-queue-management-guangdong-2026',
  validDays: 365,
};
