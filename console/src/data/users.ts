import type {
  CreateParams,
  CreateResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { graphql } from '../gql';
import { gql } from '../graphql';
import type { Role } from '../auth/permissions';
import type { ConsoleUserFieldsFragment, UpdateUserInput } from '../gql/graphql';
import type { UserRecord } from '../types';
import { readPage } from './paging';
import { fieldsResolver, withFormErrors } from '../formErrors';
import { blankToNull, notFound } from './shared';

graphql(`
  fragment ConsoleUserFields on User {
    id
    username
    displayName
    roles
    status
    lastSignInAt
    createdAt
    updatedAt
    version
    orgUnit { code name { zh en } level status }
  }
`);

const LIST_QUERY = graphql(`
  query ConsoleUsers($filter: UserFilter, $first: Int!, $offset: Int, $after: String) {
    users(filter: $filter, first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { ...ConsoleUserFields }
    }
  }
`);

const ONE_QUERY = graphql(`
  query ConsoleUser($username: String!) {
    user(username: $username) { ...ConsoleUserFields }
  }
`);

const CREATE_MUTATION = graphql(`
  mutation ConsoleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...ConsoleUserFields }
  }
`);

const UPDATE_MUTATION = graphql(`
  mutation ConsoleUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { ...ConsoleUserFields }
  }
`);

const SET_PASSWORD_MUTATION = graphql(`
  mutation ConsoleSetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) { ...ConsoleUserFields }
  }
`);

const CHANGE_MY_PASSWORD_MUTATION = graphql(`
  mutation ConsoleChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

type UserNode = ConsoleUserFieldsFragment;

export function toUserRecord(node: UserNode): UserRecord {
  return { ...node, id: node.username, uid: node.id, orgUnitCode: node.orgUnit.code };
}

/** Form inputs of the user forms; the API's errors on them show under the input. */
const FORM_FIELDS = fieldsResolver(['username', 'displayName', 'orgUnitCode', 'roles', 'password', 'status']);
const PASSWORD_FIELDS = fieldsResolver(['newPassword', 'currentPassword']);

function toUserFilter(filter: Record<string, unknown> = {}) {
  const out: Record<string, string> = {};
  const search = blankToNull(filter.q);
  if (search) out.search = search;
  if (filter.role) out.role = String(filter.role);
  if (filter.status) out.status = String(filter.status);
  const under = blankToNull(filter.under);
  if (under) out.under = under;
  return out;
}

export const users = {
  async getList(params: GetListParams): Promise<GetListResult<UserRecord>> {
    // The API lists users by username; it has no other order.
    const filter = toUserFilter(params.filter);
    const page = await readPage(params.pagination, async (slice) => (await gql(LIST_QUERY, { filter, ...slice }, { signal: params.signal })).users);
    return { data: page.nodes.map(toUserRecord), total: page.totalCount, pageInfo: page.pageInfo };
  },

  async getOne(params: GetOneParams): Promise<GetOneResult<UserRecord>> {
    const username = String(params.id);
    const data = await gql(ONE_QUERY, { username }, { signal: params.signal });
    if (!data.user) notFound('user', username);
    return { data: toUserRecord(data.user) };
  },

  async getMany(params: GetManyParams): Promise<GetManyResult<UserRecord>> {
    const found = await Promise.all(
      [...new Set(params.ids.map(String))].map((username) =>
        gql(ONE_QUERY, { username }, { signal: params.signal }).then((d) => d.user),
      ),
    );
    return { data: found.filter((u): u is UserNode => u != null).map(toUserRecord) };
  },

  async create(params: CreateParams): Promise<CreateResult<UserRecord>> {
    const d = params.data as Record<string, unknown>;
    const input = {
      username: String(d.username ?? '').trim().toLowerCase(),
      displayName: String(d.displayName ?? '').trim(),
      orgUnitCode: String(d.orgUnitCode ?? ''),
      roles: Array.isArray(d.roles) ? (d.roles as Role[]) : [],
      password: String(d.password ?? ''),
    };
    const data = await withFormErrors(FORM_FIELDS, () => gql(CREATE_MUTATION, { input }));
    return { data: toUserRecord(data.createUser) };
  },

  /** Sends only what changed, with the version the form was loaded at. */
  async update(params: UpdateParams): Promise<UpdateResult<UserRecord>> {
    const previous = params.previousData as UserRecord | undefined;
    const d = params.data as Partial<UserRecord>;
    const input: UpdateUserInput = {
      username: String(params.id),
      expectedVersion: Number(previous?.version ?? d.version),
    };
    const displayName = d.displayName?.trim();
    if (displayName != null && displayName !== previous?.displayName) input.displayName = displayName;
    if (d.orgUnitCode && d.orgUnitCode !== previous?.orgUnitCode) input.orgUnitCode = d.orgUnitCode;
    if (Array.isArray(d.roles)) {
      const sorted = (r: readonly string[]) => [...r].sort().join(',');
      if (!previous || sorted(d.roles) !== sorted(previous.roles)) input.roles = d.roles;
    }
    if (d.status && d.status !== previous?.status) input.status = d.status;
    const data = await withFormErrors(FORM_FIELDS, () => gql(UPDATE_MUTATION, { input }));
    return { data: toUserRecord(data.updateUser) };
  },
};

/** An administrator sets someone's password (their sessions end). */
export async function setUserPassword(username: string, newPassword: string): Promise<UserRecord> {
  const data = await withFormErrors(PASSWORD_FIELDS, () =>
    gql(SET_PASSWORD_MUTATION, { input: { username, newPassword } }),
  );
  return toUserRecord(data.setUserPassword);
}

/** The signed-in user changes their own password (their other sessions end). */
export async function changeMyPassword(currentPassword: string, newPassword: string): Promise<boolean> {
  const data = await withFormErrors(PASSWORD_FIELDS, () =>
    gql(CHANGE_MY_PASSWORD_MUTATION, { input: { currentPassword, newPassword } }),
  );
  return data.changeMyPassword;
}
