import { Breadcrumbs, Typography } from '@mui/material';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { OrgUnitRecord } from '../../types';
import { RESOURCE, useLocalizedName } from './fields';

/** Head office › tier-one branch › … › this unit, each ancestor a link. */
export const AncestorsBreadcrumbs = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const createPath = useCreatePath();
  const pick = useLocalizedName();
  const translate = useTranslate();
  if (!record) return null;
  const ancestors = record.ancestors ?? [];
  return (
    <Breadcrumbs
      aria-label={translate('app.org_unit.ancestors')}
      separator={<NavigateNextIcon fontSize="small" />}
      data-testid="org-unit-ancestors"
      sx={{ mb: 1 }}
    >
      {ancestors.map((a) => (
        <Link key={a.code} to={createPath({ resource: RESOURCE, id: a.code, type: 'show' })}>
          {pick(a.name)}
        </Link>
      ))}
      <Typography color="text.primary" component="span">
        {pick(record.name)}
      </Typography>
    </Breadcrumbs>
  );
};
