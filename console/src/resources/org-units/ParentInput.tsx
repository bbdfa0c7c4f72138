import {
  AutocompleteInput,
  ReferenceInput,
  type AutocompleteInputProps,
} from 'react-admin';
import type { OrgLevel, OrgUnitRecord } from '../../types';
import { RESOURCE, useOrgUnitLabel } from './fields';

/**
 * Autocomplete over open units of exactly `parentLevel`; typing searches code
 * and both names.
 */
export const ParentInput = ({
  source,
  parentLevel,
  ...rest
}: {
  source: string;
  parentLevel: OrgLevel | null;
} & Omit<AutocompleteInputProps, 'source' | 'optionText'>) => {
  const label = useOrgUnitLabel();
  return (
    <ReferenceInput
      source={source}
      reference={RESOURCE}
      filter={parentLevel ? { level: parentLevel, status: 'OPEN' } : { codes: [] }}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={20}
      enableGetChoices={() => parentLevel != null}
    >
      <AutocompleteInput
        optionText={(record: OrgUnitRecord) => label(record)}
        filterToQuery={(q: string) => ({ q })}
        disabled={!parentLevel}
        fullWidth
        {...rest}
      />
    </ReferenceInput>
  );
};
