import { useNotify, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';

/**
 * Shows an API error in a notification, in the UI's language where the error
 * code or broken rule is known, in the server's words otherwise.
 */
export function useNotifyApiError(resource = 'org-units') {
  const notify = useNotify();
  const translate = useTranslate();
  return (error: unknown) => {
    const message = describeApiError(translate, error, resource);
    notify(message, { type: 'error', messageArgs: { _: message }, multiLine: message.length > 80 });
  };
}
