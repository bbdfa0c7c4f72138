/**
 * API errors of the standard pages: field errors under the form's inputs,
 * everything else in one notification, a version conflict as "reload".
 */
import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify, useTranslate, type TranslateFunction } from 'react-admin';
import { describeApiError } from '../apiErrors';
import { GraphQLRequestError, type ApiViolation } from '../graphql';
import { i18nProvider } from '../i18nProvider';

/** "input.staffing[0].range.max" -> "staffing.0.range.max" (the form's own input name). */
export const formPathOf = (field: string) => field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');

/** A broken rule in the UI's language (std.rules.<rule>), else the server's words. */
export function ruleText(translate: TranslateFunction, v: { rule?: string; message: string }): string {
  if (!v.rule) return v.message;
  return translate(`std.rules.${v.rule}`, { _: v.message });
}

/** Where the form shows an error of the API: the input's name, or null when no input shows it. */
export type FieldResolver = (path: string) => string | null;

/**
 * Splits violations into errors for the form's inputs (by input name) and the
 * rest. `resolve` maps an API path to the input that shows it, if any.
 */
export function violationsToFormErrors(
  violations: readonly ApiViolation[],
  resolve: FieldResolver,
  translate: TranslateFunction = i18nProvider.translate,
): { errors: Record<string, string>; rest: ApiViolation[] } {
  const errors: Record<string, string> = {};
  const rest: ApiViolation[] = [];
  for (const v of violations) {
    const path = resolve(formPathOf(v.field));
    if (path) {
      if (!(path in errors)) errors[path] = ruleText(translate, v);
    } else {
      rest.push(v);
    }
  }
  return { errors, rest };
}

/**
 * A resolver for forms whose values mirror the API input: a path whose value
 * is in the form is an input (or a list input); an object value is shown at
 * its main part (money → amount, number with policy → value, range → min,
 * text → zh).
 */
export function valuesResolver(values: unknown): FieldResolver {
  return (path) => {
    const value = getPath(values, path);
    if (value === undefined) return null;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const part of ['amount', 'value', 'min', 'zh', 'range', 'text']) {
        if (part in (value as object)) return valuesResolver(values)(`${path}.${part}`);
      }
      return null;
    }
    return path;
  };
}

/** Reads a dotted path ("staffing.0.range.max") out of form values. */
export function getPath(values: unknown, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Handles a failed standard mutation: signs out an ended session, says
 * "reload" on a version conflict, and otherwise notifies what the form does
 * not show itself. Returns the errors to put under the form's inputs.
 */
export function useStandardErrorHandler() {
  const notify = useNotify();
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: unknown, resolve: FieldResolver = () => null): Promise<Record<string, string> | undefined> => {
      if (await logoutIfAccessDenied(error)) return undefined;
      const say = (message: string) =>
        notify(message, { type: 'error', messageArgs: { _: message }, multiLine: message.length > 60, autoHideDuration: 10000 });
      if (error instanceof GraphQLRequestError) {
        if (error.code === 'VERSION_CONFLICT') {
          say(translate('std.errors.version_conflict'));
          return undefined;
        }
        if (error.rule === 'draft-only') {
          say(translate('std.errors.draft_only'));
          return undefined;
        }
        if (error.violations.length) {
          const { errors, rest } = violationsToFormErrors(error.violations, resolve, translate);
          const count = Object.keys(errors).length;
          const lines = rest.map((v) => `${formPathOf(v.field)}${translate('app.errors.colon', { _: ': ' })}${ruleText(translate, v)}`);
          if (count) lines.unshift(translate('std.errors.see_fields', { smart_count: count }));
          say(lines.join(translate('app.errors.separator', { _: '; ' })));
          return count ? errors : undefined;
        }
      }
      say(describeApiError(translate, error, 'standard-editions'));
      return undefined;
    },
    [notify, translate, logoutIfAccessDenied],
  );
}
