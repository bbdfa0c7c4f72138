/**
 * The gap list (差距清单) as a react-admin list: one page of the API's
 * `outletGaps` under the unit the filter names (the user's own by default),
 * optionally of one kind and of plans in one state. The API orders by outlet
 * code, then requirement path, so react-admin's sort is not passed on. A gap
 * has no id of its own: an outlet lists a requirement once, so the outlet's
 * code and the path name the row.
 */
import type { GetListParams, GetListResult } from 'react-admin';
import { graphql } from '../gql';
import type { ConsoleOutletGapsQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { readPage } from './paging';
import { blankToNull } from './shared';

const LIST_QUERY = graphql(`
  query ConsoleOutletGaps($unit: String!, $kind: String, $planStatus: String, $first: Int!, $offset: Int, $after: String) {
    outletGaps(orgUnitCode: $unit, kind: $kind, planStatus: $planStatus, first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes {
        outletCode outletName { zh en } branchCode branchName { zh en } planStatus planVersion
        kind path requirementName { zh en } expectedMin expectedMax expectedRequirement actualCount actualZone addressed
        setBy { unitCode layerCode unit { code name { zh en } } }
        action { who dueDate what expectedEffect done }
        justification
      }
    }
  }
`);

export type OutletGapRow = ConsoleOutletGapsQuery['outletGaps']['nodes'][number] & { id: string };

export const outletGaps = {
  async getList(params: GetListParams): Promise<GetListResult<OutletGapRow>> {
    const unit = blankToNull(params.filter?.orgUnitCode);
    // Without a unit there is nothing to list under (the list fills in the user's own unit).
    if (!unit) return { data: [], total: 0 };
    const kind = blankToNull(params.filter?.kind);
    const planStatus = blankToNull(params.filter?.planStatus);
    const page = await readPage(params.pagination, async (slice) => (await gql(LIST_QUERY, { unit, kind, planStatus, ...slice }, { signal: params.signal })).outletGaps);
    return { data: page.nodes.map((n) => ({ ...n, id: `${n.outletCode}|${n.path}` })), total: page.totalCount, pageInfo: page.pageInfo };
  },
};
