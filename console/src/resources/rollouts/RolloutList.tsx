/** 标准推广: every rollout, newest first, with its span from the first phase's start to the last one's end. */
import { CreateButton, Datagrid, DateField, FunctionField, List, TextField, TopToolbar } from 'react-admin';
import { useText } from '../standard-editions/fields';
import type { RolloutRecord } from './queries';

const span = (r: RolloutRecord) => (r.phases.length ? `${r.phases[0].start} ~ ${r.phases[r.phases.length - 1].end}` : '—');

export const RolloutList = () => {
  const text = useText();
  return (
    <List actions={<TopToolbar><CreateButton /></TopToolbar>} exporter={false} pagination={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="ro-list">
        <TextField source="code" sortable={false} />
        <FunctionField<RolloutRecord> source="title" sortable={false} render={(r) => text(r.title)} />
        <TextField source="editionCode" sortable={false} />
        <FunctionField<RolloutRecord> source="phases" sortable={false} render={span} />
        <TextField source="createdBy" sortable={false} />
        <DateField source="updatedAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
};
