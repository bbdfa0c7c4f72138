/**
 * The `org-units` resource for the console's data provider, and the org-unit
 * calls that are not CRUD (tree, counts) it offers as custom methods.
 */
import type {
  CreateParams,
  CreateResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyResult,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetOneParams,
  GetOneResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { graphql } from '../gql';
import type {
  CreateOrgUnitInput,
  OrgLevel,
  OrgUnitFilter,
  OrgUnitOrderField,
  OrgUnitStatus,
  UpdateOrgUnitInput,
} from '../gql/graphql';
import { gql } from '../graphql';
import type { OrgUnitNode, OrgUnitRecord, OrgUnitSummary } from '../types';
import { readPage, type SliceArgs } from './paging';
import { fieldsResolver, withFormErrors as withErrorsOn } from '../formErrors';
import { MAX_PAGE, blankToNull, notFound as notFoundOf } from './shared';

// ---------------------------------------------------------------------------
// GraphQL documents

graphql(`
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
`);

graphql(`
  fragment OrgUnitSummaryFields on OrgUnit { code name { zh en } level status childCount }
`);

/** The org-unit list; exported for the test that pages it through the real API. */
export const ORG_UNITS_QUERY = graphql(`
  query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $after: String, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {
    orgUnits(filter: $filter, first: $first, offset: $offset, after: $after, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { ...OrgUnitFields }
    }
  }
`);

const ONE_QUERY = graphql(`
  query ConsoleOrgUnit($code: String!) {
    orgUnit(code: $code) {
      ...OrgUnitFields
      ancestors { code name { zh en } level }
    }
  }
`);

const CHILDREN_QUERY = graphql(`
  query ConsoleOrgUnitChildren($code: String!) {
    orgUnit(code: $code) {
      code
      children { ...OrgUnitSummaryFields }
    }
  }
`);

const ROOT_QUERY = graphql(`
  query ConsoleOrgUnitRoot($code: String!) {
    orgUnit(code: $code) { ...OrgUnitSummaryFields }
  }
`);

const CREATE_MUTATION = graphql(`
  mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { ...OrgUnitFields }
  }
`);

const UPDATE_MUTATION = graphql(`
  mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) { ...OrgUnitFields }
  }
`);

const MOVE_MUTATION = graphql(`
  mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) { ...OrgUnitFields ancestors { code name { zh en } level } }
  }
`);

const CLOSE_MUTATION = graphql(`
  mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) { ...OrgUnitFields }
  }
`);

// ---------------------------------------------------------------------------
// Mapping

/** What `update` should do; passed as `meta.operation` (default: 'update'). */
export type OrgUnitOperation = 'update' | 'move' | 'close';

export interface OrgUnitUpdateMeta {
  operation?: OrgUnitOperation;
}

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
export function toFilter(filter: Record<string, unknown> = {}): OrgUnitFilter {
  const out: OrgUnitFilter = {};
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

/**
 * One react-admin page of units. A page larger than the API's cap (the list's
 * export asks for every row) is read in as many requests as it takes.
 */
async function fetchPage(
  params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>,
  extraFilter: OrgUnitFilter = {},
): Promise<GetListResult<OrgUnitRecord>> {
  const orderBy = SORT_FIELDS[params.sort?.field ?? 'code'] ?? 'CODE';
  const filter = { ...toFilter(params.filter), ...extraFilter };
  const descending = params.sort?.order === 'DESC';
  const page = await readPage(params.pagination, async (slice: SliceArgs) => {
    const data = await gql(ORG_UNITS_QUERY, { filter, ...slice, orderBy, descending }, { signal: params.signal });
    return data.orgUnits;
  });
  return { data: page.nodes.map(toRecord), total: page.totalCount, pageInfo: page.pageInfo };
}

/** Inputs the create and edit forms show; server errors on these appear under the input. */
const FORM_FIELDS = ['code', 'level', 'parentCode', 'name.zh', 'name.en', 'tierTwoKind', 'category', 'city', 'address'];

/** Runs a mutation, exposing the API's per-field errors to react-admin's form. */
function withFormErrors<T>(run: () => Promise<T>, extraFields: string[] = []): Promise<T> {
  return withErrorsOn(fieldsResolver([...FORM_FIELDS, ...extraFields]), run);
}

function notFound(code: string): never {
  return notFoundOf('org unit', code);
}

// ---------------------------------------------------------------------------
// Calls the tree page and custom buttons make (custom methods of the data provider)

const CATEGORIES_IN_FORCE_QUERY = graphql(`
  query ConsoleOutletCategoriesInForce {
    outletCategoriesInForce { code name { zh en } }
  }
`);

/** 网点分类 choices: the outlet categories of the edition in force (a new edition may add one). */
export async function fetchOutletCategoriesInForce(signal?: AbortSignal) {
  const data = await gql(CATEGORIES_IN_FORCE_QUERY, undefined, { signal });
  return data.outletCategoriesInForce;
}

export async function fetchOrgUnitSummary(code: string): Promise<OrgUnitSummary | null> {
  const data = await gql(ROOT_QUERY, { code });
  return data.orgUnit;
}

export async function fetchChildren(code: string): Promise<OrgUnitSummary[]> {
  const data = await gql(CHILDREN_QUERY, { code });
  if (!data.orgUnit) notFound(code);
  return data.orgUnit.children;
}

export async function countOrgUnits(filter: OrgUnitFilter): Promise<number> {
  const data = await gql(ORG_UNITS_QUERY, { filter, first: 1, offset: 0, orderBy: 'CODE', descending: false });
  return data.orgUnits.totalCount;
}

// ---------------------------------------------------------------------------
// Org units as a react-admin resource

export const orgUnits = {
  getList: (params: GetListParams) => fetchPage(params),

  async getOne(params: GetOneParams): Promise<GetOneResult<OrgUnitRecord>> {
    const code = String(params.id);
    const data = await gql(ONE_QUERY, { code }, { signal: params.signal });
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
    const extra: OrgUnitFilter = params.target === 'under' ? { under: id } : { parentCode: id };
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
      tierTwoKind: level === 'TIER_TWO_BRANCH' ? (d.tierTwoKind ?? null) : null,
      category: level === 'OUTLET' ? (d.category ?? null) : null,
      city: blankToNull(d.city),
      address: blankToNull(d.address),
    };
    const data = await withFormErrors(() => gql(CREATE_MUTATION, { input }));
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
        () => gql(MOVE_MUTATION, { input: { code, expectedVersion, newParentCode } }),
        ['newParentCode'],
      );
      return { data: toRecord(data.moveOrgUnit) };
    }

    if (operation === 'close') {
      const data = await gql(CLOSE_MUTATION, { input: { code, expectedVersion } });
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
    const data = await withFormErrors(() => gql(UPDATE_MUTATION, { input }));
    return { data: toRecord(data.updateOrgUnit) };
  },
};
