/**
 * The `standard-editions` resource for the console's data provider: editions
 * listed, read whole, started as drafts, and (drafts only) retitled; and the
 * standard's calls that are not CRUD (items saved and removed, publication,
 * its report, the diff, what applies to a unit), which the data provider
 * offers as custom methods so every page reads and writes through it.
 */
import type {
  CreateParams,
  CreateResult,
  GetListParams,
  GetListResult,
  GetOneParams,
  GetOneResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { GraphQLRequestError } from '../../graphql';
import { fieldsResolver, withFormErrors } from '../../formErrors';
import {
  createDraft,
  fetchEdition,
  fetchDiff,
  fetchEditions,
  fetchValidation,
  publishEdition,
  editionWorkflowStep,
  removeItem,
  saveItem,
  toListRecord,
  updateEdition,
} from './queries';
import { fetchEffectiveStandard } from './effective';
import { forgetCategoriesInForce } from '../org-units/useCategoryChoices';
import type { EditionListRecord, EditionRecord, LocalizedText } from './types';

export const STANDARD_EDITIONS = 'standard-editions';

const trimText = (t: Partial<LocalizedText> | null | undefined): LocalizedText => ({
  zh: String(t?.zh ?? '').trim(),
  en: String(t?.en ?? '').trim(),
});

/** The edition forms' inputs; the API's errors on them show under the input (the standard's rule texts). */
const FORM_FIELDS = fieldsResolver(['code', 'title.zh', 'title.en', 'summary.zh', 'summary.en', 'basedOnCode']);

function sortValue(r: EditionListRecord, field: string): string {
  switch (field) {
    case 'title':
    case 'title.zh':
      return r.title.zh;
    case 'title.en':
      return r.title.en;
    case 'publishedAt':
      return r.publishedAt ?? '';
    case 'createdAt':
      return r.createdAt;
    case 'status':
      return r.status;
    default:
      return r.code;
  }
}

export const standardEditions = {
  /** The API answers all editions at once (there are few): filter, sort and page here. */
  async getList(params: GetListParams): Promise<GetListResult<EditionListRecord>> {
    let rows = await fetchEditions(params.signal);
    const filter = params.filter ?? {};
    const q = String(filter.q ?? '').trim().toLowerCase();
    if (q) rows = rows.filter((r) => [r.code, r.title.zh, r.title.en].some((s) => s.toLowerCase().includes(q)));
    if (filter.status) rows = rows.filter((r) => r.status === filter.status);
    if (filter.id) {
      const ids = (Array.isArray(filter.id) ? filter.id : [filter.id]).map(String);
      rows = rows.filter((r) => ids.includes(r.id));
    }
    const field = params.sort?.field;
    if (field) {
      const dir = params.sort?.order === 'DESC' ? -1 : 1;
      rows = [...rows].sort((a, b) => sortValue(a, field).localeCompare(sortValue(b, field)) * dir);
    }
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? 25;
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  },

  async getOne(params: GetOneParams): Promise<GetOneResult<EditionRecord>> {
    const code = String(params.id);
    const record = await fetchEdition(code, params.signal);
    if (!record) {
      throw new GraphQLRequestError(`standard edition ${code} not found`, 404, [
        { message: `standard edition ${code} not found`, extensions: { code: 'NOT_FOUND' } },
      ]);
    }
    return { data: record };
  },

  async create(params: CreateParams): Promise<CreateResult<EditionListRecord | EditionRecord>> {
    const d = params.data as { code?: string; title?: LocalizedText; summary?: LocalizedText; basedOnCode?: string | null };
    const summary = trimText(d.summary);
    const created = await withFormErrors(FORM_FIELDS, () =>
      createDraft({
        code: String(d.code ?? '').trim().toUpperCase(),
        title: trimText(d.title),
        summary: summary.zh || summary.en ? summary : null,
        basedOnCode: d.basedOnCode ? String(d.basedOnCode) : null,
      }),
      'std',
    );
    // react-admin keeps what create answers as the record its show page starts from: give it the whole edition.
    return { data: (await fetchEdition(created.code)) ?? toListRecord(created) };
  },

  /** Title and summary of a draft. */
  async update(params: UpdateParams): Promise<UpdateResult<EditionListRecord | EditionRecord>> {
    const previous = params.previousData as EditionRecord | undefined;
    const d = params.data as Partial<EditionRecord>;
    const summary = trimText(d.summary);
    const updated = await withFormErrors(FORM_FIELDS, () =>
      updateEdition({
        editionCode: String(params.id),
        expectedVersion: Number(previous?.version ?? d.version),
        title: trimText(d.title),
        // the API keeps a summary once given: send it only when there is one
        ...(summary.zh || summary.en ? { summary } : {}),
      }),
      'std',
    );
    return { data: (await fetchEdition(updated.code)) ?? toListRecord(updated) };
  },
};

/** The standard's custom data-provider methods. */
export const standardMethods = {
  saveStandardItem: saveItem,
  removeStandardItem: removeItem,
  async publishEdition(...args: Parameters<typeof publishEdition>) {
    const published = await publishEdition(...args);
    // The edition in force changed: its outlet categories may have too.
    forgetCategoriesInForce();
    return published;
  },
  editionWorkflowStep,
  getEditionValidation: fetchValidation,
  getEditionDiff: fetchDiff,
  getEffectiveStandard: fetchEffectiveStandard,
};
