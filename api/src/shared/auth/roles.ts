import { registerEnumType } from 'type-graphql';

/** What a person may do; where they may do it comes from their org unit. */
export enum Role {
  /** 总行标准编写: writes the head-office standard. */
  STANDARDS_AUTHOR = 'STANDARDS_AUTHOR',
  /** 分行人员: localizes the standard and guides the level below. */
  BRANCH_STAFF = 'BRANCH_STAFF',
  /** 网点负责人: writes the outlet's implementation plan. */
  OUTLET_HEAD = 'OUTLET_HEAD',
  /** 审批人: approves or returns what units directly below submit. */
  APPROVER = 'APPROVER',
  /** 审计: reads everything in scope, including the audit trail; changes nothing. */
  AUDITOR = 'AUDITOR',
  /** 系统管理员: manages users, API tokens and the org structure in scope. */
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do (where: their own unit and the units below it)',
  valuesConfig: {
    STANDARDS_AUTHOR: { description: '总行标准编写 head-office standards author' },
    BRANCH_STAFF: { description: '分行人员 branch staff (tier-one / tier-two)' },
    OUTLET_HEAD: { description: '网点负责人 outlet head' },
    APPROVER: { description: '审批人 approves what units directly below submit' },
    AUDITOR: { description: '审计 read-only everywhere in scope, reads the audit trail' },
    ADMIN: { description: '系统管理员 manages users, API tokens and org units in scope' },
  },
});
