import type { TranslateFunction } from 'react-admin';
import { formPathOf, ruleText } from './formErrors';
import { GraphQLRequestError, type ApiViolation } from './graphql';

/** "input.name.zh" -> "name.zh" (the form's own field name). */
export const formFieldOf = formPathOf;

/** Fields whose label is not simply resources.<resource>.fields.<field>. */
const SPECIAL_LABELS: Record<string, string> = {
  'name.zh': 'resources.org-units.fields.nameZh',
  'name.en': 'resources.org-units.fields.nameEn',
  newParentCode: 'app.org_unit.move.new_parent',
  newPassword: 'app.password.new',
  currentPassword: 'app.password.current',
};

/** The label of a form field of `resource`, in the UI's language. */
export function fieldLabel(translate: TranslateFunction, field: string, resource = 'org-units'): string {
  const key = formFieldOf(field);
  const labelKey = SPECIAL_LABELS[key] ?? `resources.${resource}.fields.${key}`;
  return translate(labelKey, { _: key });
}

/** Rules about a field's own value; other rules on `input.code` are about the unit as a whole. */
const VALUE_RULES = new Set(['required', 'format', 'unique', 'max-length']);

function violationLine(translate: TranslateFunction, v: ApiViolation, resource: string): string {
  const text = ruleText(translate, v);
  if (formFieldOf(v.field) === 'code' && !VALUE_RULES.has(v.rule ?? '')) return text;
  return `${fieldLabel(translate, v.field, resource)}${translate('app.errors.colon', { _: ': ' })}${text}`;
}

/** Error codes with a sentence of their own in app.errors. */
const KNOWN_CODES = new Set(['VERSION_CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_ATTEMPTS']);

/** One line for a notification: each problem as "field: what is wrong" (fields of `resource`). */
export function describeApiError(translate: TranslateFunction, error: unknown, resource = 'org-units'): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code && KNOWN_CODES.has(error.code)) {
      return translate(`app.errors.${error.code}`, { _: error.message });
    }
    if (error.violations.length) {
      const separator = translate('app.errors.separator', { _: '; ' });
      return error.violations.map((v) => violationLine(translate, v, resource)).join(separator);
    }
    return translate(error.message, { _: error.message });
  }
  if (typeof error === 'string') return translate(error, { _: error });
  const message = (error as Error | undefined)?.message;
  return message ? translate(message, { _: message }) : translate('ra.notification.http_error');
}
