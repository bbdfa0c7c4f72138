import { useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ListIcon from '@mui/icons-material/List';
import AddIcon from '@mui/icons-material/Add';
import { Link, Title, useTranslate } from 'react-admin';
import { countOrgUnits } from './dataProvider';
import { LevelChip } from './resources/org-units/fields';
import { ORG_LEVELS, type OrgLevel } from './types';

/** Landing page: what this is, head-count of open units per level, and the ways in. */
export const Dashboard = () => {
  const translate = useTranslate();
  const [counts, setCounts] = useState<Partial<Record<OrgLevel, number>>>({});

  useEffect(() => {
    let cancelled = false;
    for (const level of ORG_LEVELS) {
      countOrgUnits({ level, status: 'OPEN' }).then(
        (n) => !cancelled && setCounts((c) => ({ ...c, [level]: n })),
        () => undefined,
      );
    }
    return () => {
      cancelled = true;
    };
  }, []);

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
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="contained" component={Link} to="/tree" startIcon={<AccountTreeIcon />} data-testid="dashboard-open-tree">
              {translate('app.dashboard.open_tree')}
            </Button>
            <Button variant="outlined" component={Link} to="/org-units" startIcon={<ListIcon />}>
              {translate('app.dashboard.open_list')}
            </Button>
            <Button variant="outlined" component={Link} to="/org-units/create" startIcon={<AddIcon />}>
              {translate('app.dashboard.create')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {translate('app.dashboard.counts')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
        {ORG_LEVELS.map((level) => (
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
    </Box>
  );
};
