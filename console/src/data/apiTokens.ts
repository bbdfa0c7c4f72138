import type { GetListParams, GetListResult } from 'react-admin';
import { graphql } from '../gql';
import { gql } from '../graphql';
import type { ApiTokenRecord } from '../types';
import { readPage } from './paging';
import { fieldsResolver, withFormErrors } from '../formErrors';

graphql(`
  fragment ConsoleApiTokenFields on ApiToken {
    id
    name
    system
    prefix
    createdAt
    createdBy
    expiresAt
    lastUsedAt
    revokedAt
    scopeUnit { code name { zh en } level status }
  }
`);

const LIST_QUERY = graphql(`
  query ConsoleApiTokens($first: Int!, $offset: Int, $after: String) {
    apiTokens(first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { ...ConsoleApiTokenFields }
    }
  }
`);

const ISSUE_MUTATION = graphql(`
  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) { token apiToken { ...ConsoleApiTokenFields } }
  }
`);

const REVOKE_MUTATION = graphql(`
  mutation ConsoleRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ...ConsoleApiTokenFields }
  }
`);

export const apiTokens = {
  /** Newest first: the only order the API offers. */
  async getList(params: GetListParams): Promise<GetListResult<ApiTokenRecord>> {
    const page = await readPage(params.pagination, async (slice) => (await gql(LIST_QUERY, slice, { signal: params.signal })).apiTokens);
    return { data: page.nodes, total: page.totalCount, pageInfo: page.pageInfo };
  },
};

export interface IssueApiTokenValues {
  name: string;
  system: string;
  scopeUnitCode: string;
  /** ISO date-time */
  expiresAt: string;
}

const ISSUE_FIELDS = fieldsResolver(['name', 'system', 'scopeUnitCode', 'expiresAt']);

/** Issues a token; the secret in the answer is shown once and never again. */
export async function issueApiToken(values: IssueApiTokenValues): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  const input = {
    name: values.name.trim(),
    system: values.system.trim().toUpperCase(),
    scopeUnitCode: values.scopeUnitCode,
    expiresAt: values.expiresAt,
  };
  const data = await withFormErrors(ISSUE_FIELDS, () =>
    gql(ISSUE_MUTATION, { input }),
  );
  return data.issueApiToken;
}

export async function revokeApiToken(id: string): Promise<ApiTokenRecord> {
  const data = await gql(REVOKE_MUTATION, { id });
  return data.revokeApiToken;
}
