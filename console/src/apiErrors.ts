import type { TranslateFunction } from 'react-admin';
import { GraphQLRequestError, type ApiViolation } from './graphql';

/** "input.name.zh" -> "name.zh" (the form's own field name). */
export const formFieldOf = (field: string) => field.replace(/^input\./, '');

/** The label of a form field, in the UI's language. */
export function fieldLabel(translate: TranslateFunction, field: string): string {
  const key = formFieldOf(field);
  const labelKey =
    key === 'name.zh'
      ? 'resources.org-units.fields.nameZh'
      : key === 'name.en'
        ? 'resources.org-units.fields.nameEn'
        : key === 'newParentCode'
          ? 'app.org_unit.move.new_parent'
          : `resources.org-units.fields.${key}`;
  return translate(labelKey, { _: key });
}

/** What a broken rule means, in the UI's language; the server's own words when the rule is unknown. */
export function violationText(translate: TranslateFunction, v: ApiViolation): string {
  return v.rule ? translate(`app.rules.${v.rule}`, { _: v.message }) : v.message;
}

/** Rules about a field's own value; other rules on `input.code` are about the unit as a whole. */
const VALUE_RULES = new Set(['required', 'format', 'unique', 'max-length']);

function violationLine(translate: TranslateFunction, v: ApiViolation): string {
  const text = violationText(translate, v);
  if (formFieldOf(v.field) === 'code' && !VALUE_RULES.has(v.rule ?? '')) return text;
  return `${fieldLabel(translate, v.field)}${translate('app.errors.colon', { _: ': ' })}${text}`;
}

/** Error codes with a sentence of their own in app.errors. */
const KNOWN_CODES = new Set(['VERSION_CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN']);

/** One line for a notification: each problem as "field: what is wrong". */
export function describeApiError(translate: TranslateFunction, error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code && KNOWN_CODES.has(error.code)) {
      return translate(`app.errors.${error.code}`, { _: error.message });
    }
    if (error.violations.length) {
      const separator = translate('app.errors.separator', { _: '; ' });
      return error.violations.map((v) => violationLine(translate, v)).join(separator);
    }
    return translate(error.message, { _: error.message });
  }
  if (typeof error === 'string') return translate(error, { _: error });
  const message = (error as Error | undefined)?.message;
  return message ? translate(message, { _: message }) : translate('ra.notification.http_error');
}
