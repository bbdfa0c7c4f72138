import type {
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { RESOURCES } from './auth/permissions';
import { apiTokens, issueApiToken, revokeApiToken } from './data/apiTokens';
import { auditEvents } from './data/auditEvents';
import { MAX_PAGE, blankToNull, notFound as notFoundOf, unsupported, withFormErrors as withErrorsOn } from './data/shared';
import { changeMyPassword, setUserPassword, users } from './data/users';
import { gql } from './graphql';
import { standardEditions } from './standard/data';
import type {
  LocalizedText,
  OrgLevel,
  OrgUnitNode,
  OrgUnitRecord,
  OrgUnitStatus,
  OrgUnitSummary,
  OutletCategoryCode,
  TierTwoKind,
} from './types';

export const ORG_UNITS = RESOURCES.orgUnits;

// ---------------------------------------------------------------------------
// GraphQL documents

const ORG_UNIT_FIELDS = /* GraphQL */ `
  fragment OrgUnitFields on OrgUnit {
    id
    code
    name { zh en }
    level
    tierTwoKind
    category
    status
    city
    address
    closedAt
    version
    createdAt
    updatedAt
    childCount
    parent { code name { zh en } level }
  }
`;

const LIST_QUERY = /* GraphQL */ `
  query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {
    orgUnits(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      nodes { ...OrgUnitFields }
    }
  }
  ${ORG_UNIT_FIELDS}
`;

const ONE_QUERY = /* GraphQL */ `
  query ConsoleOrgUnit($code: String!) {
    orgUnit(code: $code) {
      ...OrgUnitFields
      ancestors { code name { zh en } level }
    }
  }
  ${ORG_UNIT_FIELDS}
`;

const CHILDREN_QUERY = /* GraphQL */ `
  query ConsoleOrgUnitChildren($code: String!) {
    orgUnit(code: $code) {
      code
      children { code name { zh en } level status childCount }
    }
  }
`;

const ROOT_QUERY = /* GraphQL */ `
  query ConsoleOrgUnitRoot($code: String!) {
    orgUnit(code: $code) { code name { zh en } level status childCount }
  }
`;

const CREATE_MUTATION = /* GraphQL */ `
  mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { ...OrgUnitFields }
  }
  ${ORG_UNIT_FIELDS}
`;

const UPDATE_MUTATION = /* GraphQL */ `
  mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) { ...OrgUnitFields }
  }
  ${ORG_UNIT_FIELDS}
`;

const MOVE_MUTATION = /* GraphQL */ `
  mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) { ...OrgUnitFields ancestors { code name { zh en } level } }
  }
  ${ORG_UNIT_FIELDS}
`;

const CLOSE_MUTATION = /* GraphQL */ `
  mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) { ...OrgUnitFields }
  }
  ${ORG_UNIT_FIELDS}
`;

// ---------------------------------------------------------------------------
// Variables and results

export type OrgUnitOrderField = 'CODE' | 'NAME' | 'LEVEL' | 'CITY';

export interface OrgUnitFilterInput {
  level?: OrgLevel;
  status?: OrgUnitStatus;
  search?: string;
  parentCode?: string;
  under?: string;
  codes?: string[];
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  nodes: OrgUnitNode[];
}

export interface CreateOrgUnitInput {
  code: string;
  level: OrgLevel;
  parentCode?: string | null;
  name: LocalizedText;
  tierTwoKind?: TierTwoKind | null;
  category?: OutletCategoryCode | null;
  city?: string | null;
  address?: string | null;
}

export interface UpdateOrgUnitInput {
  code: string;
  expectedVersion: number;
  name?: LocalizedText;
  city?: string | null;
  address?: string | null;
  tierTwoKind?: TierTwoKind | null;
  category?: OutletCategoryCode | null;
}

/** What `update` should do; passed as `meta.operation` (default: 'update'). */
export type OrgUnitOperation = 'update' | 'move' | 'close';

export interface OrgUnitUpdateMeta {
  operation?: OrgUnitOperation;
}

// ---------------------------------------------------------------------------
// Mapping

const SORT_FIELDS: Record<string, OrgUnitOrderField> = {
  id: 'CODE',
  code: 'CODE',
  name: 'NAME',
  'name.zh': 'NAME',
  'name.en': 'NAME',
  level: 'LEVEL',
  city: 'CITY',
};

export function toRecord(node: OrgUnitNode): OrgUnitRecord {
  const { id, parent, ...rest } = node;
  return {
    ...rest,
    id: node.code,
    uid: id,
    parent,
    parentCode: parent?.code ?? null,
  };
}

/** Translate react-admin's filter object to the API's OrgUnitFilter. */
export function toFilter(filter: Record<string, unknown> = {}): OrgUnitFilterInput {
  const out: OrgUnitFilterInput = {};
  const search = blankToNull(filter.q ?? filter.search);
  if (search) out.search = search;
  if (filter.level) out.level = filter.level as OrgLevel;
  if (filter.status) out.status = filter.status as OrgUnitStatus;
  const parentCode = blankToNull(filter.parentCode);
  if (parentCode) out.parentCode = parentCode;
  const under = blankToNull(filter.under);
  if (under) out.under = under;
  const codes = filter.codes ?? filter.id;
  if (Array.isArray(codes)) out.codes = codes.map(String);
  else if (typeof codes === 'string' && codes) out.codes = [codes];
  return out;
}

async function fetchPage(
  params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>,
  extraFilter: OrgUnitFilterInput = {},
): Promise<GetListResult<OrgUnitRecord>> {
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  const orderBy = SORT_FIELDS[params.sort?.field ?? 'code'] ?? 'CODE';
  const data = await gql<{ orgUnits: Connection }>(
    LIST_QUERY,
    {
      filter: { ...toFilter(params.filter), ...extraFilter },
      first: perPage,
      offset: (page - 1) * perPage,
      orderBy,
      descending: params.sort?.order === 'DESC',
    },
    { signal: params.signal },
  );
  return {
    data: data.orgUnits.nodes.map(toRecord),
    total: data.orgUnits.totalCount,
    pageInfo: data.orgUnits.pageInfo,
  };
}

/** Inputs the create and edit forms show; server errors on these appear under the input. */
const FORM_FIELDS = new Set(['code', 'level', 'parentCode', 'name.zh', 'name.en', 'tierTwoKind', 'category', 'city', 'address']);

/** Runs a mutation, exposing the API's per-field errors to react-admin's form. */
function withFormErrors<T>(run: () => Promise<T>, extraFields: string[] = []): Promise<T> {
  return withErrorsOn(new Set([...FORM_FIELDS, ...extraFields]), run);
}

function notFound(code: string): never {
  return notFoundOf('org unit', code);
}

// ---------------------------------------------------------------------------
// Org-unit calls the tree page and custom buttons use directly

export async function fetchOrgUnitSummary(code: string): Promise<OrgUnitSummary | null> {
  const data = await gql<{ orgUnit: OrgUnitSummary | null }>(ROOT_QUERY, { code });
  return data.orgUnit;
}

export async function fetchChildren(code: string): Promise<OrgUnitSummary[]> {
  const data = await gql<{ orgUnit: { code: string; children: OrgUnitSummary[] } | null }>(
    CHILDREN_QUERY,
    { code },
  );
  if (!data.orgUnit) notFound(code);
  return data.orgUnit.children;
}

export async function countOrgUnits(filter: OrgUnitFilterInput): Promise<number> {
  const data = await gql<{ orgUnits: Connection }>(LIST_QUERY, {
    filter,
    first: 1,
    offset: 0,
    orderBy: 'CODE',
    descending: false,
  });
  return data.orgUnits.totalCount;
}

// ---------------------------------------------------------------------------
// Org units as a react-admin resource

const orgUnits = {
  getList: (params: GetListParams) => fetchPage(params),

  async getOne(params: GetOneParams): Promise<GetOneResult<OrgUnitRecord>> {
    const code = String(params.id);
    const data = await gql<{ orgUnit: OrgUnitNode | null }>(ONE_QUERY, { code }, { signal: params.signal });
    if (!data.orgUnit) notFound(code);
    return { data: toRecord(data.orgUnit) };
  },

  async getMany(params: GetManyParams): Promise<GetManyResult<OrgUnitRecord>> {
    const codes = [...new Set(params.ids.map(String))].filter(Boolean);
    if (codes.length === 0) return { data: [] };
    const data: OrgUnitRecord[] = [];
    for (let i = 0; i < codes.length; i += MAX_PAGE) {
      const chunk = codes.slice(i, i + MAX_PAGE);
      const result = await fetchPage(
        { pagination: { page: 1, perPage: chunk.length }, sort: { field: 'code', order: 'ASC' }, signal: params.signal },
        { codes: chunk },
      );
      data.push(...result.data);
    }
    return { data };
  },

  async getManyReference(params: GetManyReferenceParams): Promise<GetManyReferenceResult<OrgUnitRecord>> {
    const id = String(params.id);
    // target "parentCode" lists children; "under" lists all descendants
    const extra: OrgUnitFilterInput = params.target === 'under' ? { under: id } : { parentCode: id };
    return fetchPage(params, extra);
  },

  async create(params: CreateParams): Promise<CreateResult<OrgUnitRecord>> {
    const d = params.data as Partial<OrgUnitRecord>;
    const level = d.level as OrgLevel;
    const input: CreateOrgUnitInput = {
      code: String(d.code ?? '').trim(),
      level,
      parentCode: level === 'HEAD_OFFICE' ? null : blankToNull(d.parentCode),
      name: { zh: String(d.name?.zh ?? '').trim(), en: String(d.name?.en ?? '').trim() },
      tierTwoKind: level === 'TIER_TWO_BRANCH' ? ((d.tierTwoKind as TierTwoKind) ?? null) : null,
      category: level === 'OUTLET' ? ((d.category as OutletCategoryCode) ?? null) : null,
      city: blankToNull(d.city),
      address: blankToNull(d.address),
    };
    const data = await withFormErrors(() => gql<{ createOrgUnit: OrgUnitNode }>(CREATE_MUTATION, { input }));
    return { data: toRecord(data.createOrgUnit) };
  },

  async update(params: UpdateParams): Promise<UpdateResult<OrgUnitRecord>> {
    const code = String(params.id);
    const previous = params.previousData as OrgUnitRecord | undefined;
    const d = params.data as Partial<OrgUnitRecord> & { newParentCode?: string };
    const expectedVersion = Number(previous?.version ?? d.version);
    const operation: OrgUnitOperation = (params.meta as OrgUnitUpdateMeta | undefined)?.operation ?? 'update';

    if (operation === 'move') {
      const newParentCode = blankToNull(d.newParentCode ?? d.parentCode);
      if (!newParentCode) throw new Error('app.org_unit.move.parent_required');
      const data = await withFormErrors(
        () => gql<{ moveOrgUnit: OrgUnitNode }>(MOVE_MUTATION, { input: { code, expectedVersion, newParentCode } }),
        ['newParentCode'],
      );
      return { data: toRecord(data.moveOrgUnit) };
    }

    if (operation === 'close') {
      const data = await gql<{ closeOrgUnit: OrgUnitNode }>(CLOSE_MUTATION, { input: { code, expectedVersion } });
      return { data: toRecord(data.closeOrgUnit) };
    }

    // Send only what changed; for city and address the API reads "" as "clear it".
    const input: UpdateOrgUnitInput = { code, expectedVersion };
    if (d.name) {
      const name = { zh: String(d.name.zh ?? '').trim(), en: String(d.name.en ?? '').trim() };
      if (name.zh !== previous?.name?.zh || name.en !== previous?.name?.en) input.name = name;
    }
    for (const key of ['city', 'address'] as const) {
      if (key in d && blankToNull(d[key]) !== blankToNull(previous?.[key])) input[key] = blankToNull(d[key]) ?? '';
    }
    if (previous?.level === 'TIER_TWO_BRANCH' && d.tierTwoKind && d.tierTwoKind !== previous.tierTwoKind) {
      input.tierTwoKind = d.tierTwoKind;
    }
    if (previous?.level === 'OUTLET' && d.category && d.category !== previous.category) {
      input.category = d.category;
    }
    const data = await withFormErrors(() => gql<{ updateOrgUnit: OrgUnitNode }>(UPDATE_MUTATION, { input }));
    return { data: toRecord(data.updateOrgUnit) };
  },
};

// ---------------------------------------------------------------------------
// The data provider

/** What each resource supports; anything missing is refused. */
interface ResourceHandlers {
  getList?(params: GetListParams): Promise<GetListResult<any>>;
  getOne?(params: GetOneParams): Promise<GetOneResult<any>>;
  getMany?(params: GetManyParams): Promise<GetManyResult<any>>;
  getManyReference?(params: GetManyReferenceParams): Promise<GetManyReferenceResult<any>>;
  create?(params: CreateParams): Promise<CreateResult<any>>;
  update?(params: UpdateParams): Promise<UpdateResult<any>>;
}

const HANDLERS: Record<string, ResourceHandlers> = {
  [RESOURCES.orgUnits]: orgUnits,
  [RESOURCES.users]: users,
  [RESOURCES.auditEvents]: auditEvents,
  [RESOURCES.apiTokens]: apiTokens,
  [RESOURCES.standardEditions]: standardEditions,
};

function handler<K extends keyof ResourceHandlers>(resource: string, method: K): NonNullable<ResourceHandlers[K]> {
  const h = HANDLERS[resource];
  if (!h) throw new Error(`Unknown resource: ${resource}`);
  const fn = h[method];
  if (!fn) unsupported();
  return fn.bind(h) as NonNullable<ResourceHandlers[K]>;
}

/**
 * react-admin's methods, plus the calls that are not CRUD. Components reach
 * those through `useDataProvider<ConsoleDataProvider>()`, so an ended session
 * signs the user out there too (react-admin passes errors to checkError).
 */
export interface ConsoleDataProvider extends DataProvider {
  getTreeChildren: typeof fetchChildren;
  getTreeRoot: typeof fetchOrgUnitSummary;
  countOrgUnits: typeof countOrgUnits;
  setUserPassword: typeof setUserPassword;
  changeMyPassword: typeof changeMyPassword;
  issueApiToken: typeof issueApiToken;
  revokeApiToken: typeof revokeApiToken;
}

export const dataProvider: ConsoleDataProvider = {
  supportAbortSignal: true,

  getList: (resource: string, params: GetListParams) => handler(resource, 'getList')(params),
  getOne: (resource: string, params: GetOneParams) => handler(resource, 'getOne')(params),

  async getMany(resource: string, params: GetManyParams): Promise<GetManyResult<any>> {
    const h = HANDLERS[resource];
    if (h?.getMany) return h.getMany(params);
    // Fall back to one read per id.
    const getOne = handler(resource, 'getOne');
    const found = await Promise.all(params.ids.map((id) => getOne({ id, signal: params.signal }).then((r) => r.data, () => null)));
    return { data: found.filter((r) => r != null) };
  },

  getManyReference: (resource: string, params: GetManyReferenceParams) => handler(resource, 'getManyReference')(params),
  create: (resource: string, params: CreateParams) => handler(resource, 'create')(params),
  update: (resource: string, params: UpdateParams) => handler(resource, 'update')(params),

  async updateMany(): Promise<never> {
    unsupported();
  },

  async delete(_resource: string, _params: DeleteParams): Promise<DeleteResult<any>> {
    // Units are closed, users disabled, tokens revoked: nothing is deleted.
    unsupported();
  },

  async deleteMany(): Promise<never> {
    unsupported();
  },

  getTreeChildren: fetchChildren,
  getTreeRoot: fetchOrgUnitSummary,
  countOrgUnits,
  setUserPassword,
  changeMyPassword,
  issueApiToken,
  revokeApiToken,
};
