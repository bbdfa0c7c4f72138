/**
 * The `local-versions` resource for the data provider: a branch's versions
 * listed (by unit, optionally by state), read, and started as drafts; and the
 * workflow calls that are not CRUD, offered as custom methods.
 */
import type { CreateParams, CreateResult, GetListParams, GetListResult, GetOneParams, GetOneResult } from 'react-admin';
import type { ApprovalState } from '../../gql/graphql';
import { GraphQLRequestError } from '../../graphql';
import { fieldsResolver, withFormErrors } from '../../formErrors';
import {
  approveLocalVersion,
  clearLocalChange,
  createLocalVersion,
  fetchInherited,
  fetchLocalVersion,
  fetchLocalVersions,
  fetchReview,
  fetchValueAcrossLevels,
  markLocalNotApplicable,
  returnLocalVersion,
  setLocalValue,
  submitLocalVersion,
  withdrawLocalVersion,
  type LocalVersionRecord,
} from './queries';

export const LOCAL_VERSIONS = 'local-versions';

const FORM_FIELDS = fieldsResolver(['code', 'orgUnitCode', 'title.zh', 'title.en']);

export const localVersions = {
  /** The API lists one unit's versions at a time (few): filter by text and page here. */
  async getList(params: GetListParams): Promise<GetListResult<LocalVersionRecord>> {
    const filter = params.filter ?? {};
    const unit = String(filter.orgUnitCode ?? '').trim().toUpperCase();
    if (!unit) return { data: [], total: 0 };
    let rows = await fetchLocalVersions(unit, (filter.status as ApprovalState) || null, params.signal);
    const q = String(filter.q ?? '').trim().toLowerCase();
    if (q) rows = rows.filter((r) => [r.code, r.title.zh, r.title.en].some((s) => s.toLowerCase().includes(q)));
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? 25;
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  },

  async getOne(params: GetOneParams): Promise<GetOneResult<LocalVersionRecord>> {
    const id = String(params.id);
    const found = await fetchLocalVersion(id, params.signal);
    if (!found) {
      throw new GraphQLRequestError(`local version ${id} not found`, 404, [{ message: `local version ${id} not found`, extensions: { code: 'NOT_FOUND' } }]);
    }
    return { data: found };
  },

  async create(params: CreateParams): Promise<CreateResult<LocalVersionRecord>> {
    const d = params.data as { code?: string; orgUnitCode?: string; title?: { zh?: string; en?: string } };
    const created = await withFormErrors(
      FORM_FIELDS,
      () =>
        createLocalVersion({
          code: String(d.code ?? '').trim().toUpperCase(),
          orgUnitCode: String(d.orgUnitCode ?? '').trim().toUpperCase(),
          title: { zh: String(d.title?.zh ?? '').trim(), en: String(d.title?.en ?? '').trim() },
        }),
      'app',
    );
    return { data: created };
  },
};

/** The workflow's custom data-provider methods. */
export const localVersionMethods = {
  getLocalVersionInherited: fetchInherited,
  getLocalVersionReview: fetchReview,
  getValueAcrossLevels: fetchValueAcrossLevels,
  setLocalValue,
  clearLocalChange,
  markLocalNotApplicable,
  submitLocalVersion,
  withdrawLocalVersion,
  approveLocalVersion,
  returnLocalVersion,
};
