import { useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ListIcon from '@mui/icons-material/List';
import AddIcon from '@mui/icons-material/Add';
import HistoryIcon from '@mui/icons-material/History';
import { Link, Title, useDataProvider, useTranslate } from 'react-admin';
import { RESOURCES, useCan, useConsolePermissions } from './auth/permissions';
import type { ConsoleDataProvider } from './dataProvider';
import { LevelChip, useOrgUnitLabel } from './resources/org-units/fields';
import { ORG_LEVELS, type OrgLevel } from './types';
import { ComplianceSummaryCard } from './resources/dashboards';

/** Levels at and below `level`. */
const levelsFrom = (level: OrgLevel) => ORG_LEVELS.slice(ORG_LEVELS.indexOf(level));

/**
 * Landing page: what this is, who is signed in, open units per level in their
 * part of the network, and the ways in they may use.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions } = useConsolePermissions();
  const unitLabel = useOrgUnitLabel();
  const unit = permissions?.unit;
  const canCreate = useCan('create', RESOURCES.orgUnits);
  const canReadAudit = useCan('list', RESOURCES.auditEvents);
  const [counts, setCounts] = useState<Partial<Record<OrgLevel, number>>>({});

  useEffect(() => {
    if (!unit) return;
    let cancelled = false;
    setCounts({});
    for (const level of levelsFrom(unit.level)) {
      // the own unit counts for its own level; the levels below count what is under it
      const count =
        level === unit.level
          ? Promise.resolve(1)
          : dataProvider.countOrgUnits({ level, status: 'OPEN', under: unit.code });
      count.then(
        (n) => !cancelled && typeof n === 'number' && setCounts((c) => ({ ...c, [level]: n })),
        () => undefined,
      );
    }
    return () => {
      cancelled = true;
    };
  }, [unit, dataProvider]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.dashboard.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" gutterBottom>
            {translate('app.dashboard.title')}
          </Typography>
          <Typography variant="body1" color="text.secondary" sx={{ maxWidth: 820 }}>
            {translate('app.dashboard.intro')}
          </Typography>
          {unit && (
            <Typography variant="body2" sx={{ mt: 1.5 }} data-testid="dashboard-scope">
              {translate('app.dashboard.scope', { unit: unitLabel(unit) })}
            </Typography>
          )}
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="contained" component={Link} to="/tree" startIcon={<AccountTreeIcon />} data-testid="dashboard-open-tree">
              {translate('app.dashboard.open_tree')}
            </Button>
            <Button variant="outlined" component={Link} to="/org-units" startIcon={<ListIcon />}>
              {translate('app.dashboard.open_list')}
            </Button>
            {canCreate && (
              <Button variant="outlined" component={Link} to="/org-units/create" startIcon={<AddIcon />} data-testid="dashboard-create">
                {translate('app.dashboard.create')}
              </Button>
            )}
            {canReadAudit && (
              <Button variant="outlined" component={Link} to="/audit-events" startIcon={<HistoryIcon />}>
                {translate('app.dashboard.open_audit')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      {unit && <ComplianceSummaryCard unitCode={unit.code} />}
      {unit && (
        <>
          <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
            {translate('app.dashboard.counts')}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
            {levelsFrom(unit.level).map((level) => (
              <Card key={level} data-testid={`dashboard-count-${level}`}>
                <CardContent
                  component={Link}
                  to={`/org-units?filter=${encodeURIComponent(JSON.stringify({ level }))}`}
                  sx={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
                >
                  <LevelChip level={level} size="medium" />
                  <Typography variant="h4" sx={{ mt: 1 }}>
                    {counts[level] ?? '…'}
                  </Typography>
                </CardContent>
              </Card>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
};
