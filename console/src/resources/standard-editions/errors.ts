/**
 * API errors of the standard pages: field errors under the form's inputs,
 * everything else in one notification, a version conflict as "reload".
 */
import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import { formPathOf, ruleText, violationsToFormErrors, type FieldResolver } from '../../formErrors';
import { GraphQLRequestError } from '../../graphql';

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
          const { errors, rest } = violationsToFormErrors(error.violations, resolve, 'std', translate);
          const count = Object.keys(errors).length;
          const lines = rest.map((v) => `${formPathOf(v.field)}${translate('app.errors.colon', { _: ': ' })}${ruleText(translate, v, 'std')}`);
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
