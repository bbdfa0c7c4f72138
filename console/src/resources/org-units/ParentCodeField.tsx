import { Tooltip } from '@mui/material';
import { Link, useCreatePath, useRecordContext, type FieldProps } from 'react-admin';
import type { OrgUnitRecord } from '../../types';
import { RESOURCE, useLocalizedName } from './fields';

/** The parent's code, linking to its page, with its name on hover. */
export const ParentCodeField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  const createPath = useCreatePath();
  const pick = useLocalizedName();
  if (!record?.parentCode) return null;
  return (
    <Tooltip title={record.parent ? pick(record.parent.name) : ''}>
      <Link
        to={createPath({ resource: RESOURCE, id: record.parentCode, type: 'show' })}
        onClick={(e: React.MouseEvent) => e.stopPropagation()}
      >
        {record.parentCode}
      </Link>
    </Tooltip>
  );
};
