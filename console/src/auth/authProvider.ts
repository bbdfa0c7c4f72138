/**
 * Sign-in for react-admin, backed by the API's `login`, `logout` and `me`.
 *
 * The session itself is an httpOnly cookie the API sets on `login` and clears
 * on `logout`; the console never sees the token. What it keeps is the answer to
 * `me` (who is signed in, their unit and roles), fetched once per session and
 * dropped on logout.
 */
import type { AuthProvider, UserIdentity } from 'react-admin';
import { graphql } from '../gql';
import type { ConsoleMeQuery } from '../gql/graphql';
import { gql, GraphQLRequestError } from '../graphql';
import type { LocalizedText, OrgLevel } from '../types';
import { can, type Permissions, type Role, type UnitRef } from './permissions';

const ME_QUERY = graphql(`
  query ConsoleMe {
    me {
      kind
      username
      displayName
      roles
      readOnly
      orgUnit { code name { zh en } level ancestors { code name { zh en } level } }
    }
  }
`);

const LOGIN_MUTATION = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) { expiresAt user { username } }
  }
`);

const LOGOUT_MUTATION = graphql(`
  mutation ConsoleLogout { logout }
`);

/** Who is signed in, as `me` answers. */
export type Me = ConsoleMeQuery['me'];

/** What getIdentity returns: react-admin's identity plus the user's unit. */
export interface ConsoleIdentity extends UserIdentity {
  id: string;
  fullName: string;
  username: string;
  roles: Role[];
  unit: { code: string; name: LocalizedText; level: OrgLevel } | null;
}

let current: Promise<Me> | null = null;

/** `me`, asked once per session; a failed answer is not kept. */
function loadMe(): Promise<Me> {
  if (!current) {
    const pending = gql(ME_QUERY).then((data) => data.me);
    current = pending;
    pending.catch(() => {
      if (current === pending) current = null;
    });
  }
  return current;
}

export function forgetMe() {
  current = null;
}

export function permissionsOf(me: Me): Permissions {
  const unit = me.orgUnit;
  return {
    roles: me.roles,
    unit: unit
      ? { code: unit.code, level: unit.level, name: unit.name, ancestors: unit.ancestors ?? [] }
      : null,
    readOnly: me.readOnly,
  };
}

const isUnauthenticated = (error: unknown) =>
  error instanceof GraphQLRequestError
    ? error.code === 'UNAUTHENTICATED' || error.status === 401
    : (error as { status?: number } | null)?.status === 401;

export const authProvider: AuthProvider = {
  /** Throws the API's error as is: the login page words it (wrong password, locked out until…). */
  async login({ username, password }: { username: string; password: string }) {
    forgetMe();
    await gql(LOGIN_MUTATION, { username: String(username ?? '').trim(), password: String(password ?? '') });
    await loadMe();
  },

  async logout() {
    forgetMe();
    try {
      await gql(LOGOUT_MUTATION);
    } catch {
      // The session may be gone already; the cookie is cleared either way.
    }
  },

  async checkAuth() {
    try {
      await loadMe();
    } catch (error) {
      // No notification for "not signed in yet": the login page says enough.
      throw isUnauthenticated(error) ? { message: false } : error;
    }
  },

  /**
   * After a failed API call. A missing or ended session signs the user out
   * (react-admin then shows the login page). A refusal (FORBIDDEN) keeps them
   * where they are: the caller reports it. Rejecting here would make
   * react-admin turn the failed call into an empty success.
   */
  async checkError(error: unknown) {
    if (isUnauthenticated(error)) {
      // `me` stays cached until logout so react-admin still shows why it signs out.
      throw { message: 'app.auth.session_ended' };
    }
  },

  async getIdentity(): Promise<ConsoleIdentity> {
    const me = await loadMe();
    return {
      id: me.username,
      username: me.username,
      fullName: me.displayName,
      roles: me.roles,
      unit: me.orgUnit ? { code: me.orgUnit.code, name: me.orgUnit.name, level: me.orgUnit.level } : null,
    };
  },

  async getPermissions(): Promise<Permissions> {
    return permissionsOf(await loadMe());
  },

  async canAccess({ action, resource, record }) {
    try {
      return can(permissionsOf(await loadMe()), action, resource, record);
    } catch {
      return false;
    }
  },
};
