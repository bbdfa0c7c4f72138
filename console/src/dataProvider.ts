/**
 * The console's one data path: react-admin's methods and the custom ones,
 * dispatched to the per-resource modules in data/ that do the work.
 */
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
import { auditEvents, fetchAuditOperations } from './data/auditEvents';
import { countOrgUnits, fetchChildren, fetchOrgUnitSummary, fetchOutletCategoriesInForce, orgUnits } from './data/orgUnits';
import { outletPlans } from './data/outletPlans';
import { unsupported } from './data/shared';
import { changeMyPassword, setUserPassword, users } from './data/users';
import { standardEditions, standardMethods } from './resources/standard-editions/data';
import { localVersionMethods, localVersions } from './resources/local-versions/data';
import { inboxMethods } from './resources/inbox/queries';

export const ORG_UNITS = RESOURCES.orgUnits;

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
  [RESOURCES.localVersions]: localVersions,
  [RESOURCES.outletPlans]: outletPlans,
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
type StandardMethods = typeof standardMethods;
type LocalVersionMethods = typeof localVersionMethods;
type InboxMethods = typeof inboxMethods;

export interface ConsoleDataProvider extends DataProvider, StandardMethods, LocalVersionMethods, InboxMethods {
  getTreeChildren: typeof fetchChildren;
  getTreeRoot: typeof fetchOrgUnitSummary;
  countOrgUnits: typeof countOrgUnits;
  getOutletCategoriesInForce: typeof fetchOutletCategoriesInForce;
  getAuditOperations: typeof fetchAuditOperations;
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
  getOutletCategoriesInForce: fetchOutletCategoriesInForce,
  getAuditOperations: fetchAuditOperations,
  setUserPassword,
  changeMyPassword,
  issueApiToken,
  revokeApiToken,
  ...standardMethods,
  ...localVersionMethods,
  ...inboxMethods,
};
