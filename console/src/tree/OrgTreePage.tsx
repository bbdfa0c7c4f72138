import { Alert, Breadcrumbs, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Link, Title, useCreatePath, useTranslate } from 'react-admin';
import { useConsolePermissions } from '../auth/permissions';
import { RESOURCE, useLocalizedName } from '../resources/org-units/fields';
import { OrgTree } from './OrgTree';

/** The units above the signed-in user's own: head office › … › own unit. */
const ChainAbove = () => {
  const { permissions } = useConsolePermissions();
  const createPath = useCreatePath();
  const pick = useLocalizedName();
  const translate = useTranslate();
  const unit = permissions?.unit;
  if (!unit || unit.ancestors.length === 0) return null;
  return (
    <Breadcrumbs
      aria-label={translate('app.tree.chain')}
      separator={<NavigateNextIcon fontSize="small" />}
      data-testid="tree-chain"
      sx={{ mb: 1 }}
    >
      {unit.ancestors.map((a) => (
        <Link key={a.code} to={createPath({ resource: RESOURCE, id: a.code, type: 'show' })} data-testid={`tree-chain-${a.code}`}>
          {pick(a.name)}
        </Link>
      ))}
      <Typography color="text.primary" component="span" sx={{ fontWeight: 500 }}>
        {pick(unit.name)}
      </Typography>
    </Breadcrumbs>
  );
};

/**
 * The tree of the signed-in user's part of the network: it starts at their own
 * unit, with the chain of units above it shown as a breadcrumb.
 */
export const OrgTreePage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = useConsolePermissions();
  const rootCode = permissions?.unit?.code;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.tree.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.tree.hint')}
        </Typography>
        {isPending ? (
          <CircularProgress size={24} sx={{ m: 2 }} />
        ) : rootCode ? (
          <>
            <ChainAbove />
            <OrgTree rootCode={rootCode} />
          </>
        ) : (
          <Alert severity="info">{translate('app.tree.no_unit')}</Alert>
        )}
      </CardContent>
    </Card>
  );
};
