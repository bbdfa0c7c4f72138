/**
 * Outlet plans as a react-admin list (the branches' view of their outlets'
 * plans): one page of the API's `outletPlans`, under the unit the filter
 * names (the user's own by default), optionally in one state. The API orders
 * by outlet code only, so react-admin's sort is not passed on.
 */
import type { GetListParams, GetListResult } from 'react-admin';
import { graphql } from '../gql';
import type { ConsoleOutletPlansQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { readPage } from './paging';
import { blankToNull } from './shared';

const LIST_QUERY = graphql(`
  query ConsoleOutletPlans($unit: String!, $status: String, $first: Int!, $offset: Int, $after: String) {
    outletPlans(orgUnitCode: $unit, status: $status, first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes {
        id status version compliant gapCount submittedBy submittedAt decidedBy decidedAt
        orgUnit { code name { zh en } category parent { code name { zh en } } }
      }
    }
  }
`);

export type OutletPlanRow = ConsoleOutletPlansQuery['outletPlans']['nodes'][number];

/** The states the list filters by: the ones a current plan can be in. */
export const PLAN_LIST_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;

export const outletPlans = {
  async getList(params: GetListParams): Promise<GetListResult<OutletPlanRow>> {
    const unit = blankToNull(params.filter?.orgUnitCode);
    // Without a unit there is nothing to list under (the list fills in the user's own unit).
    if (!unit) return { data: [], total: 0 };
    const status = blankToNull(params.filter?.status);
    const page = await readPage(params.pagination, async (slice) => (await gql(LIST_QUERY, { unit, status, ...slice }, { signal: params.signal })).outletPlans);
    return { data: page.nodes, total: page.totalCount, pageInfo: page.pageInfo };
  },
};
