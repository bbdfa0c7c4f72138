import { useEffect } from 'react';
import { Box, Typography } from '@mui/material';
import {
  Create,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  regex,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useNotifyApiError } from '../org-units/useNotifyApiError';
import { useText } from './fields';
import { BilingualInputs } from './inputs';
import type { EditionListRecord } from './types';

export const EDITION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

/**
 * Editions to start from: the published ones and the withdrawn drafts (to
 * start again from one); the current edition is chosen unless the page was
 * opened from another.
 */
const BasedOnInput = () => {
  const text = useText();
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const { data: all = [], isPending } = useGetList<EditionListRecord>('standard-editions', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'DESC' },
  });
  const data = all.filter((e) => e.status === 'PUBLISHED' || e.approvalState === 'WITHDRAWN');
  const current = data.find((e) => e.isCurrent)?.code;
  useEffect(() => {
    if (current && getValues('basedOnCode') === undefined) setValue('basedOnCode', current);
  }, [current, getValues, setValue]);
  return (
    <SelectInput
      source="basedOnCode"
      choices={data.map((e) => ({
        id: e.code,
        name: `${e.code} · ${text(e.title)}${e.status === 'PUBLISHED' ? '' : ` (${translate('std.create.withdrawn_draft')})`}`,
      }))}
      optionText="name"
      isPending={isPending}
      emptyText="std.create.empty"
      helperText="std.create.based_on_hint"
      fullWidth
    />
  );
};

export const StandardEditionCreate = () => {
  const notifyError = useNotifyApiError('standard-editions');
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <SimpleForm sx={{ maxWidth: 760 }}>
        <Typography variant="body2" color="text.secondary">{translate('std.create.intro')}</Typography>
        <TextInput
          source="code"
          validate={[required(), regex(EDITION_CODE_PATTERN, 'std.validation.edition_code_format')]}
          helperText="std.create.code_hint"
          parse={(v: string) => (v ?? '').toUpperCase()}
          fullWidth
        />
        <BilingualInputs source="title" label="resources.standard-editions.fields.title" required validate={maxLength(200)} />
        <BilingualInputs source="summary" label="resources.standard-editions.fields.summary" multiline />
        <Box sx={{ width: '100%' }}>
          <BasedOnInput />
        </Box>
      </SimpleForm>
    </Create>
  );
};
