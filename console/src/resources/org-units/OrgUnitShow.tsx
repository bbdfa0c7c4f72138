import { Box, Divider, Typography } from '@mui/material';
import {
  DateField,
  EditButton,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
  Datagrid,
} from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import { ApplicableStandardButton } from '../standard-editions/EffectiveStandardPage';
import type { OrgUnitRecord } from '../../types';
import { AddChildButton } from './AddChildButton';
import { AncestorsBreadcrumbs } from './AncestorsBreadcrumbs';
import { CloseOrgUnitButton } from './CloseOrgUnitButton';
import {
  CategoryField,
  LevelField,
  NameField,
  OrgUnitTitle,
  StatusField,
  TierTwoKindField,
} from './fields';
import { ParentCodeField } from './ParentCodeField';

const ShowActions = () => {
  const record = useRecordContext<OrgUnitRecord>();
  return (
    <TopToolbar>
      <ApplicableStandardButton />
      <AddChildButton />
      {record?.status === 'OPEN' && <EditButton />}
      <CloseOrgUnitButton />
    </TopToolbar>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>{children}</Box>
    </Box>
  );
};

const ChildrenList = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const translate = useTranslate();
  if (!record || record.level === 'OUTLET') return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="org-unit-children">
      <Divider sx={{ mb: 2 }} />
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('app.org_unit.children')} ({record.childCount})
      </Typography>
      <ReferenceManyField
        reference="org-units"
        target="parentCode"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={<Typography color="text.secondary">{translate('app.org_unit.no_children')}</Typography>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <NameField source="name" sortBy="name" />
          <LevelField source="level" sortable={false} />
          <TierTwoKindField source="tierTwoKind" sortable={false} />
          <CategoryField source="category" sortable={false} />
          <TextField source="city" />
          <StatusField source="status" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};

const OrgUnitShowLayout = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const [locale] = useLocaleState();
  const dateLocale = intlLocale(locale);
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <AncestorsBreadcrumbs />
      <Section title="app.org_unit.sections.basic">
        <Labeled source="code"><TextField source="code" /></Labeled>
        <Labeled source="name"><NameField source="name" /></Labeled>
        <Labeled source="nameZh" label="resources.org-units.fields.nameZh"><TextField source="name.zh" /></Labeled>
        <Labeled source="nameEn" label="resources.org-units.fields.nameEn"><TextField source="name.en" /></Labeled>
        <Labeled source="level"><LevelField source="level" /></Labeled>
        {record.level === 'TIER_TWO_BRANCH' && (
          <Labeled source="tierTwoKind"><TierTwoKindField source="tierTwoKind" /></Labeled>
        )}
        {record.level === 'OUTLET' && (
          <Labeled source="category">
            <Box component="span" data-testid="org-unit-category">
              {record.category ? <CategoryField source="category" /> : '—'}
            </Box>
          </Labeled>
        )}
        <Labeled source="status"><StatusField source="status" /></Labeled>
        {record.parentCode && (
          <Labeled source="parentCode"><ParentCodeField source="parentCode" /></Labeled>
        )}
      </Section>
      <Section title="app.org_unit.sections.location">
        <Labeled source="city"><TextField source="city" emptyText="—" /></Labeled>
        <Labeled source="address"><TextField source="address" emptyText="—" /></Labeled>
      </Section>
      <Section title="app.org_unit.sections.audit">
        <Labeled source="version"><TextField source="version" /></Labeled>
        <Labeled source="createdAt"><DateField source="createdAt" showTime locales={dateLocale} /></Labeled>
        <Labeled source="updatedAt"><DateField source="updatedAt" showTime locales={dateLocale} /></Labeled>
        {record.closedAt && (
          <Labeled source="closedAt"><DateField source="closedAt" showTime locales={dateLocale} /></Labeled>
        )}
      </Section>
      <ChildrenList />
    </Box>
  );
};

export const OrgUnitShow = () => (
  <Show actions={<ShowActions />} title={<OrgUnitTitle />}>
    <OrgUnitShowLayout />
  </Show>
);
