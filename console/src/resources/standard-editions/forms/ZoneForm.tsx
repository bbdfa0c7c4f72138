/** 功能分区: a zone's purpose, planning principles, positions and equipment. */
import { ArrayInput, SelectArrayInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { BilingualInputs, CodeInput, Group, PolicyInput, Row, itemCodeFormat, uniqueBy } from '../inputs';
import type { Zone } from '../types';
import { useEditionChoices } from './choices';
import { clone, codes, policy, text, texts } from './convert';
import type { FormSpec, InputsProps } from './types';

const upper = (v: string) => (v ?? '').toUpperCase();

const Inputs = ({ edition, isNew, taken }: InputsProps) => {
  const choices = useEditionChoices(edition);
  return (
    <>
      <Group title="std.form.basic">
        <CodeInput disabled={!isNew} taken={taken} />
        <BilingualInputs source="name" label="std.fields.name" required />
        <BilingualInputs source="purpose" label="std.fields.purpose" required multiline />
      </Group>
      <Group title="std.fields.principles">
        <ArrayInput source="principles" label={false}>
          <SimpleFormIterator fullWidth>
            <BilingualInputs source="" label="std.fields.principle_item" required multiline />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
      <Group title="std.fields.positions">
        <SelectArrayInput fullWidth={false} source="positions" label="std.fields.positions" choices={choices.positions} sx={{ minWidth: 420 }} />
      </Group>
      <Group title="std.fields.equipment">
        <PolicyInput source="equipment.policy" label="std.fields.equipmentPolicy" />
        <ArrayInput source="equipment.value" label={false} validate={uniqueBy('code')}>
          <SimpleFormIterator fullWidth>
            <Row>
              <TextInput fullWidth={false} source="code" label="std.fields.code" validate={[required(), itemCodeFormat]} parse={upper} helperText={false} sx={{ minWidth: 220 }} />
            </Row>
            <BilingualInputs source="name" label="std.fields.name" required />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
    </>
  );
};

export const zoneForm: FormSpec = {
  kind: 'ZONE',
  toForm: (item?: Zone) => (item ? clone(item) : { principles: [], positions: [], equipment: { value: [], policy: 'EXTEND_ONLY' } }),
  toInput: (v) => ({
    code: v.code,
    name: text(v.name),
    purpose: text(v.purpose),
    principles: texts(v.principles),
    positions: codes(v.positions),
    equipment: {
      value: (v.equipment?.value ?? []).map((e: any) => ({ code: String(e.code ?? '').trim(), name: text(e.name) })),
      policy: policy(v.equipment?.policy, 'EXTEND_ONLY'),
    },
  }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: Zone) => item?.name,
  Inputs,
};
