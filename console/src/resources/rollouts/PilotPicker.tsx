/**
 * Picks pilot tier-two branches by name or code (several at once). The
 * options come from the API as the user types (the org units they can see,
 * narrowed by `filter`: head office picks among every open tier-two branch, a
 * tier-one among head office's picks in its own area), so the list stays
 * short however large the network. The value is the units' codes, as the
 * API takes them; units already picked keep their names while the options
 * change with the search.
 */
import { useEffect, useRef, useState } from 'react';
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useDataProvider, useInput, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { OrgUnitFilter } from '../../gql/graphql';
import type { LocalizedText } from '../../types';
import { useOrgUnitLabel } from '../org-units/fields';
import { useAsync } from '../standard-editions/useAsync';

interface Unit {
  code: string;
  name: LocalizedText;
}

export const PilotPicker = (props: {
  value: string[];
  onChange: (codes: string[]) => void;
  /** Which units may be picked (the level is always tier-two, open). */
  filter?: OrgUnitFilter;
  label: string;
  helperText?: string;
  error?: string | null;
  testId: string;
}) => {
  const { value, onChange, filter = {}, label, testId } = props;
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const unitLabel = useOrgUnitLabel();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  // Typing asks the API once the user pauses, not on every key.
  useEffect(() => {
    const t = setTimeout(() => setSearch(input.trim()), 250);
    return () => clearTimeout(t);
  }, [input]);
  const base: OrgUnitFilter = { ...filter, level: 'TIER_TWO_BRANCH', status: 'OPEN' };
  const options = useAsync(JSON.stringify({ base, search }), (s) => dataProvider.pickRolloutUnits(search ? { ...base, search } : base, s));
  // Names of the units picked before this page opened (not necessarily among the options).
  const known = useRef(new Map<string, Unit>());
  for (const u of options.data ?? []) known.current.set(u.code, u);
  const unnamed = value.filter((c) => !known.current.has(c));
  const named = useAsync(unnamed.length ? unnamed.join(',') : null, (s) => dataProvider.pickRolloutUnits({ codes: unnamed }, s));
  for (const u of named.data ?? []) known.current.set(u.code, u);

  const selected: Unit[] = value.map((code) => known.current.get(code) ?? { code, name: { zh: code, en: code } });
  return (
    <Autocomplete<Unit, true>
      multiple
      fullWidth
      size="small"
      options={options.data ?? []}
      value={selected}
      loading={options.loading}
      // The API already searched code and both names.
      filterOptions={(x) => x}
      filterSelectedOptions
      isOptionEqualToValue={(a, b) => a.code === b.code}
      getOptionLabel={(u) => unitLabel(u)}
      inputValue={input}
      onInputChange={(_, v, reason) => reason !== 'reset' && setInput(v)}
      onChange={(_, units) => {
        for (const u of units) known.current.set(u.code, u);
        onChange(units.map((u) => u.code));
        setInput('');
      }}
      noOptionsText={translate('ro.no_units')}
      loadingText={translate('ra.page.loading')}
      renderTags={(units, getTagProps) =>
        units.map((u, i) => <Chip size="small" label={unitLabel(u)} {...getTagProps({ index: i })} key={u.code} data-testid={`${testId}-chip-${u.code}`} />)
      }
      renderOption={(liProps, u) => (
        <li {...liProps} key={u.code} data-testid={`${testId}-option-${u.code}`}>
          {unitLabel(u)}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!props.error}
          helperText={props.error || props.helperText}
          inputProps={{ ...params.inputProps, 'data-testid': testId }}
          sx={{ my: 1 }}
        />
      )}
    />
  );
};

/** The picker as an input of a react-admin form (the launch form), its server errors under it. */
export const PilotPickerInput = ({ source, label, testId }: { source: string; label: string; testId: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, defaultValue: [] });
  const message = fieldState.error?.message;
  return (
    <PilotPicker
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      label={label}
      error={message ? translate(message, { _: message }) : null}
      testId={testId}
    />
  );
};
