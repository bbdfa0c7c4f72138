import { Button, Card, CardContent, Typography } from '@mui/material';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import { Link, useTranslate } from 'react-admin';
import { useAsync } from '../standard-editions/useAsync';
import { complianceBars, fetchRollup } from './data';

/** The home page's glance at compliance under the user's unit, linking to the dashboard. */
export const ComplianceSummaryCard = ({ unitCode }: { unitCode: string }) => {
  const translate = useTranslate();
  const rollup = useAsync(unitCode, (signal) => fetchRollup(unitCode, signal));
  const r = rollup.data;
  return (
    <Card sx={{ mt: 3 }} data-testid="dashboard-compliance">
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('compliance.menu')}</Typography>
        {r && (
          <Typography variant="body1" sx={{ mb: 1.5 }} data-testid="dashboard-compliance-summary">
            {translate('compliance.summary', { outlets: r.outlets, compliant: complianceBars(r).compliant, withGaps: complianceBars(r).withGaps, overdue: r.overdueActions })}
          </Typography>
        )}
        <Button variant="outlined" component={Link} to="/compliance" startIcon={<InsightsOutlinedIcon />} data-testid="dashboard-open-compliance">
          {translate('compliance.open')}
        </Button>
      </CardContent>
    </Card>
  );
};
