import type { GetListParams, GetListResult } from 'react-admin';
import { gql } from '../graphql';
import type { ApiTokenRecord } from '../types';
import { pageArgs, withFormErrors } from './shared';

const TOKEN_FIELDS = /* GraphQL */ `
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
`;

const LIST_QUERY = /* GraphQL */ `
  query ConsoleApiTokens($first: Int!, $offset: Int) {
    apiTokens(first: $first, offset: $offset) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      nodes { ...ConsoleApiTokenFields }
    }
  }
  ${TOKEN_FIELDS}
`;

const ISSUE_MUTATION = /* GraphQL */ `
  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) { token apiToken { ...ConsoleApiTokenFields } }
  }
  ${TOKEN_FIELDS}
`;

const REVOKE_MUTATION = /* GraphQL */ `
  mutation ConsoleRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ...ConsoleApiTokenFields }
  }
  ${TOKEN_FIELDS}
`;

type Connection = { totalCount: number; pageInfo: GetListResult['pageInfo']; nodes: ApiTokenRecord[] };

export const apiTokens = {
  /** Newest first: the only order the API offers. */
  async getList(params: GetListParams): Promise<GetListResult<ApiTokenRecord>> {
    const data = await gql<{ apiTokens: Connection }>(LIST_QUERY, pageArgs(params.pagination), {
      signal: params.signal,
    });
    return { data: data.apiTokens.nodes, total: data.apiTokens.totalCount, pageInfo: data.apiTokens.pageInfo };
  },
};

export interface IssueApiTokenValues {
  name: string;
  system: string;
  scopeUnitCode: string;
  /** ISO date-time */
  expiresAt: string;
}

const ISSUE_FIELDS = new Set(['name', 'system', 'scopeUnitCode', 'expiresAt']);

/** Issues a token; the secret in the answer is shown once and never again. */
export async function issueApiToken(values: IssueApiTokenValues): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  const input = {
    name: values.name.trim(),
    system: values.system.trim().toUpperCase(),
    scopeUnitCode: values.scopeUnitCode,
    expiresAt: values.expiresAt,
  };
  const data = await withFormErrors(ISSUE_FIELDS, () =>
    gql<{ issueApiToken: { token: string; apiToken: ApiTokenRecord } }>(ISSUE_MUTATION, { input }),
  );
  return data.issueApiToken;
}

export async function revokeApiToken(id: string): Promise<ApiTokenRecord> {
  const data = await gql<{ revokeApiToken: ApiTokenRecord }>(REVOKE_MUTATION, { id });
  return data.revokeApiToken;
}
