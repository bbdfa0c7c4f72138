/**
 * The standard that applies to one unit (/standard-editions/effective/:unitCode),
 * read-only: the edition in force and, for an outlet, its category's requirements.
 */
import { Alert, Box, Button as MuiButton, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import RuleFolderOutlinedIcon from '@mui/icons-material/RuleFolderOutlined';
import { Link, Title, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { Fact, useEditionLookup, useText } from './fields';
import { effectivePath, showPath } from './kinds';
import type { ConsoleDataProvider } from '../../dataProvider';
import { useAsync } from './useAsync';
import { CategoryView } from './views';

export const EffectiveStandardPage = () => {
  const { unitCode = '' } = useParams();
  const translate = useTranslate();
  const text = useText();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error, loading } = useAsync(unitCode, (signal) => dataProvider.getEffectiveStandard(unitCode, signal));
  const lookup = useEditionLookup(data?.edition);
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
            <Fact label="std.effective.set_by">
              {text(data.setBy.name)} ({data.setBy.code})
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
                <CategoryView category={data.outletCategory} lookup={lookup} />
              </CardContent>
            </Card>
          ) : (
            <Alert severity="info">{translate('std.effective.no_category')}</Alert>
          )}
        </>
      )}
    </Box>
  );
};

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
