/**
 * Head office launches a rollout: code, titles, a start date that lays out the
 * bank's six phases (each then editable), and the pilot tier-two branches.
 * The edition is not chosen: the API rolls out the edition in force, shown
 * here so the author knows what they launch.
 */
import { Alert, Button, Typography } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { ArrayInput, Create, SelectInput, SimpleForm, SimpleFormIterator, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { PilotPickerInput } from './PilotPicker';
import { PHASES, defaultPhases } from './queries';

const EditionInForce = () => {
  const translate = useTranslate();
  const text = useText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const edition = useAsync('in-force', (s) => dataProvider.getEditionInForce(s));
  if (edition.loading || edition.data === undefined) return null;
  if (!edition.data) return <Alert severity="warning" data-testid="ro-edition">{translate('ro.no_edition')}</Alert>;
  return (
    <Typography sx={{ mb: 1 }} data-testid="ro-edition">
      {translate('resources.rollouts.fields.editionCode')}: <b>{edition.data.code}</b> · {text(edition.data.title)}
    </Typography>
  );
};

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
        <EditionInForce />
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
        <PilotPickerInput source="pilotUnitCodes" label={translate('resources.rollouts.fields.pilotUnitCodes')} testId="ro-launch-pilots" />
      </SimpleForm>
    </Create>
  );
};
