/**
 * Local versions of one unit (the user's own by default), by state. Only
 * branches have them, so for anyone else the empty list says which code to
 * enter instead of showing a bare "no results".
 */
import { Typography } from '@mui/material';
import { CreateButton, Datagrid, DateField, FunctionField, List, SelectInput, TextField, TextInput, TopToolbar, useTranslate } from 'react-admin';
import { useConsolePermissions } from '../../auth/permissions';
import { useText } from '../standard-editions/fields';
import type { LocalVersionRecord } from './queries';

export const STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED', 'WITHDRAWN'] as const;

const StateChoices = () => {
  const translate = useTranslate();
  return (
    <SelectInput source="status" choices={STATES.map((s) => ({ id: s, name: translate(`lv.states.${s}`) }))} alwaysOn />
  );
};

export const LocalVersionList = () => {
  const { permissions } = useConsolePermissions();
  const text = useText();
  const translate = useTranslate();
  if (!permissions) return null;
  return (
    <List
      filters={[<TextInput key="unit" source="orgUnitCode" alwaysOn />, <StateChoices key="status" />, <TextInput key="q" source="q" alwaysOn />]}
      filterDefaultValues={{ orgUnitCode: permissions.unit?.code ?? '' }}
      actions={<TopToolbar><CreateButton /></TopToolbar>}
      exporter={false}
      empty={false}
      sort={{ field: 'updatedAt', order: 'DESC' }}
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        data-testid="lv-list"
        empty={
          <Typography color="text.secondary" sx={{ p: 2 }} data-testid="lv-list-empty">
            {translate('lv.list_empty')}
          </Typography>
        }
      >
        <TextField source="code" />
        <FunctionField<LocalVersionRecord> source="title" render={(r) => text(r.title)} />
        <FunctionField<LocalVersionRecord> source="status" render={(r) => translate(`lv.states.${r.status}`)} />
        <TextField source="version" />
        <DateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
};
