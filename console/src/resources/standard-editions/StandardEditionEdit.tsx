import { Alert } from '@mui/material';
import { Edit, ShowButton, SimpleForm, TopToolbar, maxLength, useRecordContext, useTranslate } from 'react-admin';
import { useNotifyApiError } from '../org-units/useNotifyApiError';
import { BilingualInputs } from './inputs';
import type { EditionRecord } from './types';
import { EditionTitle } from './EditionTitle';

const PublishedNotice = () => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  if (record?.status !== 'PUBLISHED') return null;
  return <Alert severity="info" sx={{ mb: 2 }}>{translate('std.errors.draft_only')}</Alert>;
};

/** A draft's title and summary (its content is edited item by item from the show page). */
export const StandardEditionEdit = () => {
  const notifyError = useNotifyApiError('standard-editions');
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      title={<EditionTitle />}
      actions={<TopToolbar><ShowButton /></TopToolbar>}
      mutationOptions={{ onError: notifyError }}
    >
      <SimpleForm sx={{ maxWidth: 760 }}>
        <PublishedNotice />
        <BilingualInputs source="title" label="resources.standard-editions.fields.title" required validate={maxLength(200)} />
        <BilingualInputs source="summary" label="resources.standard-editions.fields.summary" multiline />
      </SimpleForm>
    </Edit>
  );
};
