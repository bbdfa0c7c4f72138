/** One local version: its state, its changed values, its approval history and the steps the user may take. */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link, Title, useDataProvider, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { can, canDecide, useConsolePermissions, RESOURCES } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { Fact, PolicyChip, useText } from '../standard-editions/fields';
import { impactPath } from '../impact';
import { useAsync } from '../standard-editions/useAsync';
import { ApprovalHistory } from './History';
import type { LocalVersionRecord } from './queries';
import { reviewPath } from './ReviewPage';
import { useValueText } from './values';
import { WorkflowActions } from './WorkflowActions';

export const LocalVersionShow = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const text = useText();
  const valueText = useValueText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions } = useConsolePermissions();
  const { data, error, loading } = useAsync(id, async (signal) => (await dataProvider.getOne<LocalVersionRecord>('local-versions', { id, signal })).data);
  const [current, setCurrent] = useState<LocalVersionRecord | null>(null);
  const r = current?.id === id ? current : data;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="lv-show">
      <Title title={r ? translate('lv.title', { code: r.code, title: text(r.title) }) : ''} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'local-versions')}</Alert>}
      {r && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h5">{translate('lv.title', { code: r.code, title: text(r.title) })}</Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, my: 2 }}>
              <Fact label="resources.local-versions.fields.status">
                <span data-testid="lv-status">{translate(`lv.states.${r.status}`)}</span>
              </Fact>
              <Fact label="resources.local-versions.fields.orgUnitCode">{r.orgUnit ? `${text(r.orgUnit.name)} (${r.orgUnit.code})` : '—'}</Fact>
              <Fact label="resources.local-versions.fields.version">{r.version}</Fact>
            </Stack>
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              {can(permissions, 'edit', RESOURCES.localVersions, r) && (
                <Button component={Link} to={`/local-versions/${encodeURIComponent(r.id)}`} variant="outlined" size="small" data-testid="lv-edit">
                  {translate('lv.edit_values')}
                </Button>
              )}
              {canDecide(permissions, r.orgUnit?.parent?.code) && r.status === 'SUBMITTED' && (
                <Button component={Link} to={reviewPath(r.id)} variant="outlined" size="small" data-testid="lv-review">
                  {translate('lv.review')}
                </Button>
              )}
              <Button component={Link} to={impactPath({ localVersionId: r.id })} variant="outlined" size="small" data-testid="lv-impact">
                {translate('impact.open')}
              </Button>
              <WorkflowActions record={r} onChange={setCurrent} />
            </Stack>
            <Typography variant="h6">{translate('lv.changes')}</Typography>
            {r.changes.length + r.notApplicable.length === 0 ? (
              <Typography color="text.secondary">{translate('lv.changes_none')}</Typography>
            ) : (
              <Table size="small" data-testid="lv-changes">
                <TableBody>
                  {r.changes.map((c) => (
                    <TableRow key={c.path}>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{c.path}</TableCell>
                      <TableCell>{valueText(c.value, c.path)}</TableCell>
                      <TableCell>
                        <PolicyChip policy={c.policy} />
                      </TableCell>
                      <TableCell>{c.conflict?.message ?? ''}</TableCell>
                    </TableRow>
                  ))}
                  {r.notApplicable.map((n) => (
                    <TableRow key={n.path}>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{n.path}</TableCell>
                      <TableCell>{translate('lv.editor.not_applicable')}</TableCell>
                      <TableCell />
                      <TableCell>{n.conflict?.message ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Typography variant="h6" sx={{ mt: 2 }}>
              {translate('lv.history')}
            </Typography>
            <ApprovalHistory record={r} />
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
