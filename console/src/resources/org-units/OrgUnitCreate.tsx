import { Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Create,
  SelectInput,
  SimpleForm,
  TextInput,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { CODE_PATTERN, parentLevelOf, type OrgLevel } from '../../types';
import { levelChoices, tierTwoKindChoices } from './fields';
import { useCategoryChoices } from './useCategoryChoices';
import { ParentInput } from './ParentInput';
import { useNotifyApiError } from './useNotifyApiError';

const validateCode = [required(), regex(CODE_PATTERN, 'app.validation.code')];

/** Parent picker limited to the level right above the chosen level. */
const ParentPicker = () => {
  const level = useWatch({ name: 'level' }) as OrgLevel | undefined;
  const translate = useTranslate();
  const parentLevel = parentLevelOf(level);
  if (level === 'HEAD_OFFICE') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.org_unit.head_office_no_parent')}
      </Typography>
    );
  }
  return (
    <ParentInput
      source="parentCode"
      parentLevel={parentLevel}
      validate={parentLevel ? required() : undefined}
      helperText={level ? 'app.org_unit.parent_hint' : 'app.org_unit.choose_level_first'}
    />
  );
};

const TierTwoKindPicker = () => {
  const level = useWatch({ name: 'level' }) as OrgLevel | undefined;
  if (level !== 'TIER_TWO_BRANCH') return null;
  return (
    <SelectInput source="tierTwoKind" choices={tierTwoKindChoices} validate={required()} defaultValue="BRANCH" />
  );
};

/** New outlets must say which category of the standard applies; general outlets are the most common. */
const CategoryPicker = () => {
  const level = useWatch({ name: 'level' }) as OrgLevel | undefined;
  const { choices, loading } = useCategoryChoices();
  if (level !== 'OUTLET') return null;
  return (
    <SelectInput
      source="category"
      choices={choices}
      isPending={loading}
      validate={required()}
      defaultValue={choices.some((c) => c.id === 'GENERAL') ? 'GENERAL' : undefined}
    />
  );
};

/** Level picker; when the user changes it, a parent chosen for the old level no longer fits. */
const LevelPicker = () => {
  const { setValue, getValues } = useFormContext();
  return (
    <SelectInput
      source="level"
      choices={levelChoices}
      validate={required()}
      defaultValue="OUTLET"
      onChange={() => {
        if (getValues('parentCode')) setValue('parentCode', null, { shouldDirty: true });
      }}
    />
  );
};

export const OrgUnitCreate = () => {
  const notifyError = useNotifyApiError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <SimpleForm sx={{ maxWidth: 720 }}>
        <TextInput
          source="code"
          validate={validateCode}
          parse={(v: string) => (v ?? '').toUpperCase()}
          fullWidth
        />
        <LevelPicker />
        <ParentPicker />
        <TextInput source="name.zh" label="resources.org-units.fields.nameZh" validate={required()} fullWidth />
        <TextInput source="name.en" label="resources.org-units.fields.nameEn" validate={required()} fullWidth />
        <TierTwoKindPicker />
        <CategoryPicker />
        <TextInput source="city" fullWidth />
        <TextInput source="address" fullWidth multiline />
      </SimpleForm>
    </Create>
  );
};
