/** 岗位: a position, who it reports to, its duties (with their policy) and capabilities. */
import { ArrayInput, SelectInput, SimpleFormIterator, required } from 'react-admin';
import { BilingualInputs, CodeInput, Group, PolicyInput, Row } from '../inputs';
import { POSITION_KINDS, type Position } from '../types';
import { enumChoices, useEditionChoices } from './choices';
import { clone, optText, policy, text, texts } from './convert';
import type { FormSpec, InputsProps } from './types';

const Inputs = ({ edition, isNew, taken }: InputsProps) => {
  const choices = useEditionChoices(edition);
  const reportsTo = [{ id: 'UPPER_BRANCH', name: 'std.position.upper_branch' }, ...choices.posts];
  return (
    <>
      <Group title="std.form.basic">
        <Row>
          <CodeInput disabled={!isNew} taken={taken} />
          <SelectInput fullWidth={false} source="kind" label="std.fields.kind" choices={enumChoices(POSITION_KINDS, 'std.position_kinds')} validate={required()} sx={{ minWidth: 180 }} />
          <SelectInput fullWidth={false} source="reportsTo" label="std.fields.reportsTo" choices={reportsTo} emptyText="std.form.none" sx={{ minWidth: 260 }} />
        </Row>
        <BilingualInputs source="name" label="std.fields.name" required />
        <BilingualInputs source="summary" label="std.fields.summary" multiline />
      </Group>
      <Group title="std.fields.duties">
        <PolicyInput source="duties.policy" label="std.fields.dutiesPolicy" />
        <ArrayInput source="duties.value" label={false}>
          <SimpleFormIterator fullWidth>
            <BilingualInputs source="" label="std.fields.duty" required multiline />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
      <Group title="std.fields.capabilities">
        <ArrayInput source="capabilities" label={false}>
          <SimpleFormIterator fullWidth>
            <BilingualInputs source="" label="std.fields.capability" required multiline />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
    </>
  );
};

export const positionForm: FormSpec = {
  kind: 'POSITION',
  toForm: (item?: Position) => (item ? clone(item) : { kind: 'POSITION', duties: { value: [], policy: 'EXTEND_ONLY' }, capabilities: [] }),
  toInput: (v) => ({
    code: v.code,
    kind: v.kind ?? 'POSITION',
    name: text(v.name),
    summary: optText(v.summary),
    reportsTo: v.reportsTo || null,
    duties: { value: texts(v.duties?.value), policy: policy(v.duties?.policy, 'EXTEND_ONLY') },
    capabilities: texts(v.capabilities),
  }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: Position) => item?.name,
  Inputs,
};
