import AddIcon from '@mui/icons-material/Add';
import { Button, Link, useCreatePath, useRecordContext } from 'react-admin';
import { RESOURCES, useCan } from '../../auth/permissions';
import { childLevelOf, type OrgUnitRecord } from '../../types';
import { RESOURCE } from './fields';

/** Link to the create form, pre-filled with this unit as parent. */
export function createChildPath(createPath: ReturnType<typeof useCreatePath>, unit: Pick<OrgUnitRecord, 'code' | 'level'>) {
  const level = childLevelOf(unit.level);
  const source = JSON.stringify({ parentCode: unit.code, level });
  return `${createPath({ resource: RESOURCE, type: 'create' })}?source=${encodeURIComponent(source)}`;
}

export const AddChildButton = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const createPath = useCreatePath();
  const allowed = useCan('add-child', RESOURCES.orgUnits, record);
  if (!allowed || !record || record.status !== 'OPEN' || !childLevelOf(record.level)) return null;
  return (
    <Button
      component={Link}
      to={createChildPath(createPath, record)}
      label="app.org_unit.add_child"
      data-testid="add-child-unit"
    >
      <AddIcon />
    </Button>
  );
};
