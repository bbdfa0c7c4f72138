/** Device types (自助设备) and code-list entries (代码表): a code, a kind and a bilingual name. */
import { SelectInput, required } from 'react-admin';
import { BilingualInputs, CodeInput, Group, Row } from '../inputs';
import { CLASSIFIER_KINDS, DEVICE_KINDS, type Classifier, type DeviceType } from '../types';
import { enumChoices } from './choices';
import { clone, text } from './convert';
import type { FormSpec, InputsProps } from './types';

const DeviceTypeInputs = ({ isNew, taken }: InputsProps) => (
  <Group title="std.form.basic">
    <Row>
      <CodeInput disabled={!isNew} taken={taken} />
      <SelectInput fullWidth={false} source="kind" label="std.fields.kind" choices={enumChoices(DEVICE_KINDS, 'std.device_kinds')} validate={required()} sx={{ minWidth: 180 }} />
    </Row>
    <BilingualInputs source="name" label="std.fields.name" required />
  </Group>
);

export const deviceTypeForm: FormSpec = {
  kind: 'DEVICE_TYPE',
  toForm: (item?: DeviceType) => (item ? clone(item) : { kind: 'SELF_SERVICE' }),
  toInput: (v) => ({ code: v.code, kind: v.kind, name: text(v.name) }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: DeviceType) => item?.name,
  Inputs: DeviceTypeInputs,
};

const ClassifierInputs = ({ isNew }: InputsProps) => (
  <Group title="std.form.basic">
    <Row>
      <SelectInput fullWidth={false}
        source="kind"
        label="std.fields.kind"
        choices={enumChoices(CLASSIFIER_KINDS, 'std.classifier_kinds')}
        validate={required()}
        disabled={!isNew}
        sx={{ minWidth: 200 }}
      />
      <CodeInput disabled={!isNew} />
    </Row>
    <BilingualInputs source="name" label="std.fields.name" required />
  </Group>
);

export const classifierForm: FormSpec = {
  kind: 'CLASSIFIER',
  toForm: (item?: Classifier) => (item ? clone(item) : { kind: 'CORPORATE_KIND' }),
  toInput: (v) => ({ code: v.code, kind: v.kind, name: text(v.name) }),
  keyOf: (v) => `${v.kind}/${v.code ?? ''}`,
  nameOf: (item?: Classifier) => item?.name,
  Inputs: ClassifierInputs,
};
