/**
 * Adding or changing one item of a draft: /standard-editions/:id/items/:kind/:key
 * (key "new" adds one). Saving replaces the whole item, sends the edition's
 * version as it was read, and goes back to the edition's tab.
 */
import { useMemo } from 'react';
import { Alert, Box, Breadcrumbs, Card, CardContent, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import {
  Button,
  Link,
  Loading,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useGetOne,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { valuesResolver } from '../../formErrors';
import { useStandardErrorHandler } from './errors';
import { useText } from './fields';
import { FORMS } from './forms';
import { NEW_ITEM, findItem, itemKey, itemsOf, keyFromUrl, kindBySlug, showPath, kindMeta } from './kinds';
import { useCanAuthor } from './permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { isWholeEdition, type EditionRecord } from './types';

const FormToolbar = ({ cancelTo }: { cancelTo: string }) => (
  <Toolbar sx={{ gap: 1 }}>
    <SaveButton icon={<SaveIcon />} data-testid="item-save" alwaysEnable={false} />
    <Button component={Link} to={cancelTo} label="ra.action.cancel" data-testid="item-cancel" />
  </Toolbar>
);

export const ItemEditPage = () => {
  const params = useParams();
  const editionCode = params.id ?? '';
  const meta = kindBySlug(params.kind);
  const key = keyFromUrl(params.key ?? NEW_ITEM);
  const isNew = (params.key ?? NEW_ITEM) === NEW_ITEM;
  const translate = useTranslate();
  const text = useText();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const onError = useStandardErrorHandler();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data: edition, isPending, error } = useGetOne<EditionRecord>('standard-editions', { id: editionCode });
  const canAuthor = useCanAuthor(edition);
  const item = useMemo(
    () => (meta && edition && !isNew && isWholeEdition(edition) ? findItem(edition, meta.kind, key) : undefined),
    [meta, edition, isNew, key],
  );
  const formRecord = useMemo(() => (meta ? FORMS[meta.kind].toForm(item) : {}), [meta, item]);

  if (!meta) return <Alert severity="error">{translate('ra.page.not_found')}</Alert>;
  if (isPending || (edition && !isWholeEdition(edition))) return <Loading />;
  if (error || !edition) return <Alert severity="error">{translate('std.errors.edition_not_found', { code: editionCode })}</Alert>;

  const spec = FORMS[meta.kind];
  const back = showPath(edition.code, meta.kind);
  const kindLabel = translate(`std.kind_nouns.${meta.kind}`);
  const name = item ? text(spec.nameOf(item)) : '';
  const title = isNew ? translate('std.item_page.new_title', { kind: kindLabel }) : translate('std.item_page.edit_title', { kind: kindLabel, name: name || key });
  const taken = itemsOf<object>(edition, meta.kind).map((i) => itemKey(meta.kind, i));

  const header = (
    <Box sx={{ mb: 2 }}>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link to="/standard-editions">{translate('resources.standard-editions.name', { smart_count: 2 })}</Link>
        <Link to={back}>{edition.code}</Link>
        <Typography color="text.primary">{title}</Typography>
      </Breadcrumbs>
      <Typography variant="h5" data-testid="item-page-title">{title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('std.item_page.in_edition', { code: edition.code, version: edition.version })}
      </Typography>
    </Box>
  );

  if (!canAuthor) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={title} />
        {header}
        <Alert severity="info">{translate(edition.status === 'PUBLISHED' ? 'std.errors.draft_only' : 'std.errors.not_author')}</Alert>
      </Box>
    );
  }
  if (!isNew && !item) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={title} />
        {header}
        <Alert severity="warning">{translate('std.errors.item_not_found', { code: key })}</Alert>
      </Box>
    );
  }

  const submit = async (formValues: Record<string, any>) => {
    // an existing item keeps its key fields (code; kind and code for code-list entries): saving replaces it by them
    const fixed = item as Record<string, unknown> | undefined;
    const keep = fixed ? Object.fromEntries(kindMeta(meta.kind).keyFields.map((f) => [f, fixed[f]])) : {};
    const values = { ...formValues, ...keep };
    const input = spec.toInput(values);
    if (isNew && taken.includes(spec.keyOf(values))) {
      return { code: translate('std.validation.code_taken') };
    }
    try {
      const saved = await dataProvider.saveStandardItem(meta.kind, edition.code, edition.version, input);
      notify('std.notify.saved', { type: 'success', messageArgs: { version: saved.version } });
      refresh();
      navigate(back);
      return undefined;
    } catch (err) {
      return onError(err, valuesResolver(values));
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid={`item-form-${meta.kind}`}>
      <Title title={title} />
      {header}
      <Card>
        <CardContent sx={{ p: 0 }}>
          <SimpleForm
            key={`${edition.code}/${meta.kind}/${key}`}
            record={formRecord}
            onSubmit={submit}
            noValidate
            toolbar={<FormToolbar cancelTo={back} />}
            sx={{ maxWidth: 1100 }}
          >
            <spec.Inputs edition={edition} isNew={isNew} taken={taken} />
          </SimpleForm>
        </CardContent>
      </Card>
    </Box>
  );
};
