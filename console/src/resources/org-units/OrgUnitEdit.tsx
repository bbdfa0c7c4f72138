import { Alert, Box } from '@mui/material';
import {
  Edit,
  Labeled,
  SaveButton,
  SelectInput,
  ShowButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { OrgUnitRecord } from '../../types';
import { AncestorsBreadcrumbs } from './AncestorsBreadcrumbs';
import { CloseOrgUnitButton } from './CloseOrgUnitButton';
import { LevelField, OrgUnitTitle, StatusField, tierTwoKindChoices } from './fields';
import { useCategoryChoices } from './useCategoryChoices';
import { MoveOrgUnitButton } from './MoveOrgUnitButton';
import { ParentCodeField } from './ParentCodeField';
import { useNotifyApiError } from './useNotifyApiError';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
    <MoveOrgUnitButton />
    <CloseOrgUnitButton />
  </TopToolbar>
);

const EditToolbar = () => {
  const record = useRecordContext<OrgUnitRecord>();
  return (
    <Toolbar>
      <SaveButton disabled={record?.status === 'CLOSED' ? true : undefined} />
    </Toolbar>
  );
};

/** Closed units are kept as they were: say so instead of letting a save fail. */
const ClosedNotice = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const translate = useTranslate();
  if (record?.status !== 'CLOSED') return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}>
      {translate('app.org_unit.closed_read_only')}
    </Alert>
  );
};

/** Code, level, status and parent are shown, not edited (moving has its own action). */
const FixedFacts = () => {
  const record = useRecordContext<OrgUnitRecord>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, mb: 2 }}>
      <Labeled source="code"><TextField source="code" /></Labeled>
      <Labeled source="level"><LevelField source="level" /></Labeled>
      <Labeled source="status"><StatusField source="status" /></Labeled>
      {record.parentCode && (
        <Labeled source="parentCode"><ParentCodeField source="parentCode" /></Labeled>
      )}
    </Box>
  );
};

const TierTwoKindInput = () => {
  const record = useRecordContext<OrgUnitRecord>();
  if (record?.level !== 'TIER_TWO_BRANCH') return null;
  return <SelectInput source="tierTwoKind" choices={tierTwoKindChoices} validate={required()} />;
};

/**
 * Outlets only. An outlet recorded before categories existed may have none: it can get one
 * here but need not (so its other details stay editable); once set, a category can be
 * changed but not removed (the API keeps it), hence required then.
 */
const CategoryInput = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const { choices, loading } = useCategoryChoices();
  if (record?.level !== 'OUTLET') return null;
  // A category the edition in force no longer lists still shows as what the outlet has.
  const shown = record.category && !loading && !choices.some((c) => c.id === record.category)
    ? [...choices, { id: record.category, name: record.category }]
    : choices;
  return (
    <SelectInput source="category" choices={shown} isPending={loading} validate={record.category ? required() : undefined} />
  );
};

export const OrgUnitEdit = () => {
  const notifyError = useNotifyApiError();
  return (
    <Edit
      mutationMode="pessimistic"
      actions={<EditActions />}
      title={<OrgUnitTitle />}
      redirect="show"
      mutationOptions={{ onError: notifyError }}
    >
      <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
        <AncestorsBreadcrumbs />
        <ClosedNotice />
        <FixedFacts />
        <TextInput source="name.zh" label="resources.org-units.fields.nameZh" validate={required()} fullWidth />
        <TextInput source="name.en" label="resources.org-units.fields.nameEn" validate={required()} fullWidth />
        <TierTwoKindInput />
        <CategoryInput />
        <TextInput source="city" fullWidth />
        <TextInput source="address" fullWidth multiline />
      </SimpleForm>
    </Edit>
  );
};
