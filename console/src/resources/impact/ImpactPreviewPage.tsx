/**
 * 影响预览 (/impact/local-versions/:id or /impact/editions/:code): which outlets
 * below a draft would see which values change once it is in force, with a
 * chart of the affected outlets per tier-one branch for head office, and the
 * table by branch and outlet category, each change before → after with who
 * sets it.
 */
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { useAsync } from '../standard-editions/useAsync';
import { fetchImpactPreview, outletsByTierOne, shortValue, type ImpactSide, type ImpactSubject } from './data';

const Count = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Card variant="outlined" sx={{ minWidth: 160 }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" data-testid={testId}>
        {value.toLocaleString()}
      </Typography>
    </CardContent>
  </Card>
);

const Side = ({ value, zh }: { value: ImpactSide | null | undefined; zh: boolean }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Box component="span" sx={{ fontFamily: 'monospace' }}>
        {shortValue(value, zh)}
      </Box>
      {value && (
        <Typography variant="caption" color="text.secondary" display="block">
          {translate('impact.setBy', { unit: value.setBy.unitCode, layer: value.setBy.layerCode })}
        </Typography>
      )}
    </Box>
  );
};

export const ImpactPreviewPage = ({ by }: { by: 'localVersion' | 'edition' }) => {
  const { key = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zh = locale !== 'en';
  const subject: ImpactSubject = by === 'edition' ? { editionCode: key } : { localVersionId: key };
  const { data, error, loading } = useAsync(`${by}:${key}`, (signal) => fetchImpactPreview(subject, signal));
  const chart = data ? outletsByTierOne(data.groups) : [];
  const name = (u: { code: string; name: { zh: string; en: string } } | null | undefined, code: string) => (u ? `${code} ${zh ? u.name.zh : u.name.en}` : code);

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('impact.title', { code: data?.subjectCode ?? key })} />
      {loading && <LinearProgress />}
      {error ? <Alert severity="error">{describeApiError(translate, error)}</Alert> : null}
      {data && (
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="h6">{data.subjectCode}</Typography>
            <Chip size="small" label={translate(`impact.kind.${data.subjectKind}`)} />
          </Stack>
          <Stack direction="row" spacing={2} flexWrap="wrap">
            <Count label={translate('impact.outletsAffected')} value={data.outletsAffected} testId="impact-outlets-affected" />
            <Count label={translate('impact.outletsBelow')} value={data.outletsBelow} testId="impact-outlets-below" />
            <Count label={translate('impact.unitsAffected')} value={data.unitsAffected} testId="impact-units-affected" />
          </Stack>
          <Card variant="outlined" data-testid="impact-compliance">
            <CardContent>
              <Typography variant="subtitle1">{translate('impact.compliance.title')}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('impact.compliance.assessed', { outlets: data.compliance.outletsAssessed })}
              </Typography>
              <Stack direction="row" spacing={2} flexWrap="wrap" sx={{ mb: 1 }}>
                <Count label={translate('impact.compliance.stop')} value={data.compliance.stopMeeting} testId="impact-stop-meeting" />
                <Count label={translate('impact.compliance.start')} value={data.compliance.startMeeting} testId="impact-start-meeting" />
              </Stack>
              {data.compliance.examples.length > 0 && (
                <Table size="small" data-testid="impact-compliance-examples">
                  <TableHead>
                    <TableRow>
                      {(['outlet', 'direction', 'gapKinds'] as const).map((c) => (
                        <TableCell key={c}>{translate(`impact.compliance.column.${c}`)}</TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.compliance.examples.map((e) => (
                      <TableRow key={e.outletCode}>
                        <TableCell>{`${e.outletCode} ${zh ? e.nameZh : e.nameEn || e.nameZh}`}</TableCell>
                        <TableCell>{translate(`impact.compliance.direction.${e.direction}`)}</TableCell>
                        <TableCell>{e.gapKinds.map((k) => translate(`compliance.kind.${k}`)).join(zh ? '、' : ', ')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
          {data.groups.length === 0 ? (
            <Alert severity="info">{translate('impact.none')}</Alert>
          ) : (
            <>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="subtitle1">{translate('impact.chart')}</Typography>
                  <BarChart
                    height={Math.max(160, 28 * chart.length + 60)}
                    layout="horizontal"
                    yAxis={[{ scaleType: 'band', data: chart.map((c) => c.code) }]}
                    series={[{ data: chart.map((c) => c.outlets), label: translate('impact.outletsAffected') }]}
                  />
                </CardContent>
              </Card>
              <Table size="small" data-testid="impact-groups">
                <TableHead>
                  <TableRow>
                    {(['tierOne', 'tierTwo', 'category', 'outlets', 'path', 'before', 'after'] as const).map((c) => (
                      <TableCell key={c}>{translate(`impact.column.${c}`)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.groups.flatMap((g) =>
                    g.changes.map((c, i) => (
                      <TableRow key={`${g.tierTwoCode}/${g.outletCategory}/${c.path}`}>
                        {i === 0 && (
                          <>
                            <TableCell rowSpan={g.changes.length}>{name(g.tierOneBranch, g.tierOneCode)}</TableCell>
                            <TableCell rowSpan={g.changes.length}>{name(g.tierTwoBranch, g.tierTwoCode)}</TableCell>
                            <TableCell rowSpan={g.changes.length}>{g.outletCategory ?? translate('impact.unclassified')}</TableCell>
                            <TableCell rowSpan={g.changes.length} align="right">
                              {g.outlets}
                            </TableCell>
                          </>
                        )}
                        <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{c.path}</TableCell>
                        <TableCell>
                          <Side value={c.before} zh={zh} />
                        </TableCell>
                        <TableCell>
                          <Side value={c.after} zh={zh} />
                        </TableCell>
                      </TableRow>
                    )),
                  )}
                </TableBody>
              </Table>
            </>
          )}
        </Stack>
      )}
    </Box>
  );
};

/** The route to a draft's impact preview, for links from the local-version and edition pages. */
export const impactPath = (subject: ImpactSubject) =>
  'editionCode' in subject ? `/impact/editions/${encodeURIComponent(subject.editionCode)}` : `/impact/local-versions/${encodeURIComponent(subject.localVersionId)}`;
