/**
 * Head office launches a rollout: code, titles, a start date that lays out the
 * bank's six phases (each then editable), and the pilot tier-two branches.
 */
import { Button } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { ArrayInput, Create, SelectInput, SimpleForm, SimpleFormIterator, TextInput, required, useTranslate } from 'react-admin';
import { PHASES, defaultPhases } from './queries';

const DefaultPhasesButton = () => {
  const translate = useTranslate();
  const { getValues, setValue } = useFormContext();
  return (
    <Button size="small" variant="outlined" data-testid="ro-default-phases" onClick={() => setValue('phases', defaultPhases(String(getValues('startsOn') ?? '')), { shouldDirty: true })}>
      {translate('ro.default_phases')}
    </Button>
  );
};

export const RolloutCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="code" validate={required()} />
        <TextInput source="title.zh" validate={required()} />
        <TextInput source="title.en" validate={required()} />
        <TextInput source="startsOn" type="date" InputLabelProps={{ shrink: true }} />
        <DefaultPhasesButton />
        <ArrayInput source="phases">
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="phase" choices={PHASES.map((p) => ({ id: p, name: translate(`ro.phases.${p}`) }))} />
            <TextInput source="start" type="date" InputLabelProps={{ shrink: true }} />
            <TextInput source="end" type="date" InputLabelProps={{ shrink: true }} />
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="pilotUnitCodes" fullWidth />
      </SimpleForm>
    </Create>
  );
};
