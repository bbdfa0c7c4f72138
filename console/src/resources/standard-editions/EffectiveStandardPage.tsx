/**
 * The standard that applies to one unit (/standard-editions/effective/:unitCode),
 * read-only. For an outlet, every requirement of its category is one row: the
 * value, its policy (what the levels below may do with it, in words) and its
 * source: the unit that set it, in which edition or local version (linked),
 * and what it replaced. Each value opens its value at every level; the values
 * outside the category and the branches' local items follow
 * (EffectiveSources.tsx).
 */
import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import RuleFolderOutlinedIcon from '@mui/icons-material/RuleFolderOutlined';
import { Link, Title, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { Bilingual, Fact, PolicyChip, useEditionLookup, usePeopleText, useText } from './fields';
import { effectivePath, showPath } from './kinds';
import type { EffectiveOutletCategory, EffectiveStandard } from './effective';
import { SourceLink } from '../local-versions/values';
import { LocalItems, OtherValues, SourcedValuesTable, type SourcedRow } from './EffectiveSources';
import type { ConsoleDataProvider } from '../../dataProvider';
import { useAsync } from './useAsync';

export const EffectiveStandardPage = () => {
  const { unitCode = '' } = useParams();
  const translate = useTranslate();
  const text = useText();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error, loading } = useAsync(unitCode, (signal) => dataProvider.getEffectiveStandard(unitCode, signal));
  // Codes are named from the edition and from the branches' local items (a local position's staffing row).
  const named = useMemo(() => data && withLocalItems(data), [data]);
  const lookup = useEditionLookup(named);
  const title = translate('std.effective.title');
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="effective-standard">
      <Title title={title} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'standard-editions')}</Alert>}
      {!loading && !error && data === null && <Alert severity="info">{translate('std.effective.none')}</Alert>}
      {data && (
        <>
          <Typography variant="h5" sx={{ mb: 1 }}>
            {title}
            {translate('app.errors.colon', { _: ': ' })}
            <Link to={createPath({ resource: 'org-units', id: data.orgUnit.code, type: 'show' })}>
              {text(data.orgUnit.name)} ({data.orgUnit.code})
            </Link>
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, mb: 2 }}>
            <Fact label="std.effective.edition">
              <Link to={showPath(data.edition.code)}>
                {data.edition.code} · {text(data.edition.title)}
              </Link>
            </Fact>
            <Fact label="std.effective.layers">
              <span data-testid="effective-layers">{data.layers.map((l) => <SourceLink key={`${l.layerKind}-${l.layerCode}`} source={l} />)}</span>
            </Fact>
            <Fact label="std.fields.categoryCode">
              {data.orgUnit.category ? translate(`std.categories.${data.orgUnit.category}`) : '—'}
            </Fact>
          </Stack>
          {data.outletCategory ? (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6">{text(data.outletCategory.name)}</Typography>
                <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                  {data.outletCategory.code}
                </Typography>
                <Box sx={{ my: 1 }}>
                  <Bilingual text={data.outletCategory.description} />
                </Box>
                <CategoryValues unitCode={data.orgUnit.code} category={data.outletCategory} lookup={lookup} />
                {data.outletCategory.notes.map((n, i) => (
                  <Typography key={i} variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    <Bilingual text={n} />
                  </Typography>
                ))}
              </CardContent>
            </Card>
          ) : (
            <Alert severity="info">{translate('std.effective.no_category')}</Alert>
          )}
          <LocalItems items={data.localItems} />
          <OtherValues data={data} />
        </>
      )}
    </Box>
  );
};

/** Every requirement of the category as a row: label, value, policy in words, source. */
const CategoryValues = ({ unitCode, category, lookup }: { unitCode: string; category: EffectiveOutletCategory; lookup: ReturnType<typeof useEditionLookup> }) => {
  const translate = useTranslate();
  const text = useText();
  const people = usePeopleText();
  const field = (name: string) => translate(`std.fields.${name}`);
  const sub = (name: string, what: string) => `${field(name)} · ${what}`;
  const rows: SourcedRow[] = [
    { label: field('marketingStaffMin'), value: translate('std.effective.at_least', { min: category.marketingStaffMin.value }), sourced: category.marketingStaffMin },
    ...(category.salesServiceStaffMin
      ? [{ label: field('salesServiceStaffMin'), value: translate('std.effective.at_least', { min: category.salesServiceStaffMin.value }), sourced: category.salesServiceStaffMin }]
      : []),
    { label: field('lobbyStaffTotal'), value: people(category.lobbyStaffTotal.value), sourced: category.lobbyStaffTotal },
    ...category.staffing.map((s) => ({ label: sub('staffing', lookup.position(s.position)), value: people(s.range.value), sourced: s.range })),
    ...category.devices.map((d) => ({ label: sub('devices', lookup.device(d.deviceType)), value: translate('std.effective.at_least', { min: d.min.value }), sourced: d.min })),
    ...(category.smartDevices
      ? [{ label: field('smartDevices'), value: category.smartDevices.value.map((d) => lookup.device(d.code)).join('、'), sourced: category.smartDevices }]
      : []),
    ...category.zones.map((z) => ({
      label: sub('zones', lookup.zone(z.zone)),
      value: translate(`std.zone_requirements.${z.requirement.value}`),
      sourced: z.requirement,
    })),
    { label: field('outboundMarketing'), value: text(category.outboundMarketing.value), sourced: category.outboundMarketing },
  ];
  const levelsLabel = (label: string) => `${text(category.name)} · ${label}`;
  return <SourcedValuesTable unitCode={unitCode} rows={rows.map((r) => ({ ...r, levelsLabel: levelsLabel(r.label) }))} testId="effective-values" hints />;
};

/** The edition's positions, zones and device types, with the local items of those kinds after them (the lookup reads codes and names only). */
function withLocalItems(data: EffectiveStandard): Parameters<typeof useEditionLookup>[0] {
  const local = (kind: string) =>
    data.localItems.filter((i) => i.kind === kind).map((i) => ({ code: i.key, name: (i.data as { name: { zh: string; en: string } }).name }));
  return {
    positions: [...data.edition.positions, ...local('POSITION')],
    zones: [...data.edition.zones, ...local('ZONE')],
    deviceTypes: [...data.edition.deviceTypes, ...local('DEVICE_TYPE')],
  } as Parameters<typeof useEditionLookup>[0];
}

/** On a unit's page: a link to the standard that applies to it. */
export const ApplicableStandardButton = () => {
  const record = useRecordContext<{ code: string }>();
  const translate = useTranslate();
  if (!record?.code) return null;
  return (
    <MuiButton
      size="small"
      component={Link}
      to={effectivePath(record.code)}
      startIcon={<RuleFolderOutlinedIcon />}
      data-testid="applicable-standard"
    >
      {translate('std.effective.link')}
    </MuiButton>
  );
};
