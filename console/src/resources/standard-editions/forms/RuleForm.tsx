/** 服务规则: a rule's text, category, core flag and typed parameters. */
import { Box } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
} from 'react-admin';
import {
  BilingualInputs,
  CodeInput,
  Group,
  MoneyInputs,
  PolicyInput,
  RangeInputs,
  Row,
  itemCodeFormat,
  uniqueBy,
  wholeNonNegative,
} from '../inputs';
import { PARAMETER_TYPES, PARAMETER_UNITS, RULE_CATEGORIES, type ParameterType, type ServiceRule } from '../types';
import { enumChoices } from './choices';
import { clone, int, optMoney, policy, range, text, texts } from './convert';
import type { FormSpec, InputsProps } from './types';

const upper = (v: string) => (v ?? '').toUpperCase();

const UnitInput = ({ units }: { units: string[] }) => (
  <SelectInput fullWidth={false}
    source="unit"
    label="std.fields.unit"
    choices={units.map((id) => ({ id, name: `std.units_named.${id}` }))}
    translateChoice
    emptyText="std.form.none"
    helperText={false}
    sx={{ minWidth: 180 }}
  />
);

/** The value inputs of one parameter, by its type. */
const ParameterValueInputs = ({ type, units }: { type: ParameterType | undefined; units: string[] }) => {
  switch (type) {
    case 'INTEGER':
      return (
        <Row>
          <NumberInput fullWidth={false} source="intValue" label="std.fields.intValue" step={1} validate={[required(), wholeNonNegative]} helperText={false} sx={{ width: 140 }} />
          <UnitInput units={units} />
        </Row>
      );
    case 'RANGE':
      return (
        <Row>
          <RangeInputs source="range" />
          <UnitInput units={units} />
        </Row>
      );
    case 'MONEY':
      return <MoneyInputs source="money" label="std.fields.amount" required />;
    case 'CODE_LIST':
      return (
        <ArrayInput source="codes" label="std.fields.codes" validate={uniqueBy('code')}>
          <SimpleFormIterator fullWidth>
            <TextInput fullWidth={false} source="code" label="std.fields.code" validate={[required(), itemCodeFormat]} parse={upper} helperText={false} sx={{ minWidth: 240 }} />
            <BilingualInputs source="label" label="std.fields.label" required />
          </SimpleFormIterator>
        </ArrayInput>
      );
    case 'TEXT_LIST':
      return (
        <ArrayInput source="texts" label="std.fields.texts">
          <SimpleFormIterator fullWidth>
            <BilingualInputs source="" label="std.fields.text_item" required multiline />
          </SimpleFormIterator>
        </ArrayInput>
      );
    default:
      return null;
  }
};

const Inputs = ({ edition, isNew, taken }: InputsProps) => {
  const inUse = edition.serviceRules.flatMap((r) => r.parameters.map((p) => p.unit)).filter((u): u is string => !!u);
  const units = [...new Set([...PARAMETER_UNITS, ...inUse])];
  return (
    <>
      <Group title="std.form.basic">
        <Row>
          <CodeInput disabled={!isNew} taken={taken} />
          <SelectInput fullWidth={false} source="category" label="std.fields.category" choices={enumChoices(RULE_CATEGORIES, 'std.rule_categories')} validate={required()} sx={{ minWidth: 200 }} />
          <BooleanInput source="core" label="std.fields.core" helperText="std.rule.core_hint" />
        </Row>
        <BilingualInputs source="title" label="std.fields.title" required />
        <BilingualInputs source="text" label="std.fields.text" required multiline />
      </Group>
      <Group title="std.fields.parameters">
        <ArrayInput source="parameters" label={false} validate={uniqueBy('code')}>
          <SimpleFormIterator fullWidth>
            <Row>
              <TextInput fullWidth={false} source="code" label="std.fields.code" validate={[required(), itemCodeFormat]} parse={upper} helperText={false} sx={{ minWidth: 360 }} />
              <SelectInput fullWidth={false} source="type" label="std.fields.type" choices={enumChoices(PARAMETER_TYPES, 'std.parameter_types')} validate={required()} helperText={false} sx={{ minWidth: 150 }} />
              <PolicyInput source="policy" />
            </Row>
            <BilingualInputs source="name" label="std.fields.name" required />
            <FormDataConsumer>
              {({ scopedFormData }) => (
                <Box sx={{ width: '100%', pl: 1, borderLeft: 2, borderColor: 'divider', mb: 1 }}>
                  <ParameterValueInputs type={scopedFormData?.type as ParameterType | undefined} units={units} />
                </Box>
              )}
            </FormDataConsumer>
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
    </>
  );
};

/** Only the value field of the parameter's type is sent. */
function parameterInput(p: Record<string, any>) {
  const base = { code: String(p.code ?? '').trim(), type: p.type as ParameterType, name: text(p.name), policy: policy(p.policy) };
  switch (base.type) {
    case 'INTEGER':
      return { ...base, intValue: int(p.intValue), unit: p.unit || null };
    case 'RANGE':
      return { ...base, range: range(p.range), unit: p.unit || null };
    case 'MONEY':
      return { ...base, money: optMoney(p.money) };
    case 'CODE_LIST':
      return { ...base, codes: (p.codes ?? []).map((c: any) => ({ code: String(c.code ?? '').trim(), label: text(c.label) })) };
    case 'TEXT_LIST':
      return { ...base, texts: texts(p.texts) };
    default:
      return base;
  }
}

export const ruleForm: FormSpec = {
  kind: 'SERVICE_RULE',
  toForm: (item?: ServiceRule) => (item ? clone(item) : { core: false, parameters: [] }),
  toInput: (v) => ({
    code: v.code,
    category: v.category,
    core: !!v.core,
    title: text(v.title),
    text: text(v.text),
    parameters: (v.parameters ?? []).map(parameterInput),
  }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: ServiceRule) => item?.title,
  Inputs,
};
