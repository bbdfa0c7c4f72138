/**
 * The console's one mapping from the API's input errors to form inputs.
 *
 * Every refusal of input names the field and the rule
 * (`extensions { field rule violations }`, see graphql.ts). A form shows a
 * violation under the input it is about, if it has one; the rest go to a
 * notification. Two things differ between forms, and are parameters here:
 * which input shows a path (`FieldResolver`), and where the rules' sentences
 * live (`app.rules`/`app.field_rules` for units, users and tokens; `std.rules`
 * for the standard, whose rule names overlap with different meanings).
 */
import type { TranslateFunction } from 'react-admin';
import { GraphQLRequestError, type ApiViolation } from './graphql';
import { i18nProvider } from './i18nProvider';

/** "input.staffing[0].range.max" -> "staffing.0.range.max": the form's own input name. */
export const formPathOf = (field: string) => field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');

/** Where the form shows an error of the API: the input's name, or null when no input shows it. */
export type FieldResolver = (path: string) => string | null;

/** Which translations say what a broken rule means. */
export type RuleTexts = 'app' | 'std';

/** A resolver for forms with a fixed set of inputs: a path is shown where an input of that name is. */
export function fieldsResolver(fields: Iterable<string>): FieldResolver {
  const inputs = new Set(fields);
  return (path) => (inputs.has(path) ? path : null);
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
 * What a broken rule means, in the UI's language, else the server's own
 * words. `app`: a text for this field and rule (app.field_rules.<field>.<rule>),
 * else for the rule (app.rules.<rule>). `std`: std.rules.<rule>.
 */
export function ruleText(translate: TranslateFunction, v: { field?: string; rule?: string; message: string }, texts: RuleTexts = 'app'): string {
  if (!v.rule) return v.message;
  if (texts === 'std') return translate(`std.rules.${v.rule}`, { _: v.message });
  const general = translate(`app.rules.${v.rule}`, { _: v.message });
  return v.field ? translate(`app.field_rules.${formPathOf(v.field)}.${v.rule}`, { _: general }) : general;
}

/**
 * Splits violations into errors for the form's inputs (by input name, the
 * first problem of each input) and the rest.
 */
export function violationsToFormErrors(
  violations: readonly ApiViolation[],
  resolve: FieldResolver,
  texts: RuleTexts = 'app',
  translate: TranslateFunction = i18nProvider.translate,
): { errors: Record<string, string>; rest: ApiViolation[] } {
  const errors: Record<string, string> = {};
  const rest: ApiViolation[] = [];
  for (const v of violations) {
    const input = resolve(formPathOf(v.field));
    if (input) {
      if (!(input in errors)) errors[input] = ruleText(translate, v, texts);
    } else {
      rest.push(v);
    }
  }
  return { errors, rest };
}

/**
 * Runs a mutation of a react-admin form: on refusal, the violations its
 * inputs show go into the error's `body.errors`, which react-admin's forms
 * display under those inputs (the notification still says what failed).
 */
export async function withFormErrors<T>(resolve: FieldResolver, run: () => Promise<T>, texts: RuleTexts = 'app'): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof GraphQLRequestError) {
      const { errors } = violationsToFormErrors(err.violations, resolve, texts);
      err.body = Object.keys(errors).length ? { errors } : null;
    }
    throw err;
  }
}
