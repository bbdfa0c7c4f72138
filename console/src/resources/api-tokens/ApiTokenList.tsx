import { Box, Chip, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  List,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import type { ApiTokenRecord } from '../../types';
import { UnitRefField } from '../org-units/fields';
import { IssueApiTokenButton } from './IssueApiTokenButton';
import { RevokeApiTokenButton } from './RevokeApiTokenButton';

const ListActions = () => (
  <TopToolbar>
    <IssueApiTokenButton />
  </TopToolbar>
);

type TokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

const stateOf = (t: ApiTokenRecord): TokenState =>
  t.revokedAt ? 'REVOKED' : new Date(t.expiresAt).getTime() <= Date.now() ? 'EXPIRED' : 'ACTIVE';

/** Active, expired or revoked (with when). */
const TokenStateField = (_props: FieldProps<ApiTokenRecord>) => {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const state = stateOf(record);
  return (
    <Box>
      <Chip
        size="small"
        color={state === 'ACTIVE' ? 'success' : 'default'}
        variant={state === 'ACTIVE' ? 'filled' : 'outlined'}
        label={translate(`app.api_tokens.states.${state}`)}
        sx={{ height: 20, fontSize: '0.72rem' }}
      />
      {record.revokedAt && (
        <Typography variant="caption" color="text.secondary" component="div">
          {new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.revokedAt))}
        </Typography>
      )}
    </Box>
  );
};

const PrefixField = (_props: FieldProps<ApiTokenRecord>) => {
  const record = useRecordContext<ApiTokenRecord>();
  if (!record) return null;
  return <Box component="code" sx={{ fontSize: '0.8rem' }}>{record.prefix}…</Box>;
};

/** Integration tokens scoped inside the user's unit; newest first. */
export const ApiTokenList = () => {
  const [locale] = useLocaleState();
  const dateLocale = intlLocale(locale);
  return (
    <List actions={<ListActions />} perPage={25} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick={false} bulkActionButtons={false} data-testid="api-tokens">
        <TextField source="name" sortable={false} />
        <TextField source="system" sortable={false} />
        <UnitRefField source="scopeUnit" label="resources.api-tokens.fields.scopeUnit" sortable={false} />
        <PrefixField source="prefix" sortable={false} />
        <DateField source="expiresAt" locales={dateLocale} sortable={false} />
        <DateField source="lastUsedAt" showTime locales={dateLocale} emptyText="—" sortable={false} />
        <TokenStateField source="revokedAt" label="resources.api-tokens.fields.state" sortable={false} />
        <TextField source="createdBy" sortable={false} />
        <RevokeApiTokenButton />
      </Datagrid>
    </List>
  );
};
