import { AutocompleteInput, ReferenceInput, type AutocompleteInputProps } from 'react-admin';
import type { OrgUnitRecord } from '../../types';
import { RESOURCE, useOrgUnitLabel } from './fields';

/**
 * Autocomplete over the open units the user can see; typing searches code and
 * both names. The value is the unit's code. `alwaysOn` is for list filters,
 * which read it from this element.
 */
export const UnitInput = ({
  source,
  openOnly = true,
  alwaysOn: _alwaysOn,
  ...rest
}: { source: string; openOnly?: boolean; alwaysOn?: boolean } & Omit<AutocompleteInputProps, 'source' | 'optionText'>) => {
  const label = useOrgUnitLabel();
  return (
    <ReferenceInput
      source={source}
      reference={RESOURCE}
      filter={openOnly ? { status: 'OPEN' } : {}}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={20}
    >
      <AutocompleteInput
        optionText={(record: OrgUnitRecord) => label(record)}
        filterToQuery={(q: string) => ({ q })}
        fullWidth
        {...rest}
      />
    </ReferenceInput>
  );
};
