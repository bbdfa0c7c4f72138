/** 客户分层: a tier's rule, thresholds (money), who serves it and in which zones. */
import { SelectArrayInput, SelectInput, required, type Validator } from 'react-admin';
import { getPath } from '../../../formErrors';
import { BilingualInputs, CodeInput, Group, MoneyInputs, PolicyInput, Row } from '../inputs';
import { CUSTOMER_SEGMENTS, type CustomerTier } from '../types';
import { enumChoices, useEditionChoices } from './choices';
import { clone, codes, optMoney, optText, policy, text } from './convert';
import type { FormSpec, InputsProps } from './types';

/** The upper threshold is above the lower one. */
const aboveAssetsFrom: Validator = (value, values) => {
  const from = getPath(values, 'assetsFrom.amount');
  if (value == null || value === '' || from == null || from === '') return undefined;
  return Number(value) <= Number(from) ? { message: 'std.validation.below_not_above_from', args: { from: String(from) } } : undefined;
};

const Inputs = ({ edition, isNew, taken }: InputsProps) => {
  const choices = useEditionChoices(edition);
  return (
    <>
      <Group title="std.form.basic">
        <Row>
          <CodeInput disabled={!isNew} taken={taken} />
          <SelectInput fullWidth={false} source="segment" label="std.fields.segment" choices={enumChoices(CUSTOMER_SEGMENTS, 'std.segments')} validate={required()} sx={{ minWidth: 180 }} />
        </Row>
        <BilingualInputs source="name" label="std.fields.name" required />
        <BilingualInputs source="rule" label="std.fields.rule" required multiline />
        <BilingualInputs source="principle" label="std.fields.principle" required multiline />
      </Group>
      <Group title="std.tier.thresholds">
        <Row>
          <MoneyInputs source="assetsFrom" label="std.fields.assetsFrom" />
          <MoneyInputs source="assetsBelow" label="std.fields.assetsBelow" validate={[aboveAssetsFrom]} />
          <MoneyInputs source="personalLoansFrom" label="std.fields.personalLoansFrom" />
        </Row>
        <PolicyInput source="thresholdPolicy" label="std.fields.thresholdPolicy" />
        <BilingualInputs source="thresholdPolicyReason" label="std.fields.thresholdPolicyReason" multiline />
      </Group>
      <Group title="std.tier.coverage">
        <SelectArrayInput fullWidth={false} source="positions" label="std.tier.served_by" choices={choices.positions} sx={{ minWidth: 420 }} />
        <SelectArrayInput fullWidth={false} source="zones" label="std.tier.served_in" choices={choices.zones} sx={{ minWidth: 420 }} />
      </Group>
    </>
  );
};

export const tierForm: FormSpec = {
  kind: 'CUSTOMER_TIER',
  toForm: (item?: CustomerTier) =>
    item ? clone(item) : { segment: 'INDIVIDUAL', thresholdPolicy: 'FREE', positions: [], zones: [] },
  toInput: (v) => ({
    code: v.code,
    segment: v.segment,
    name: text(v.name),
    rule: text(v.rule),
    principle: text(v.principle),
    assetsFrom: optMoney(v.assetsFrom),
    assetsBelow: optMoney(v.assetsBelow),
    personalLoansFrom: optMoney(v.personalLoansFrom),
    thresholdPolicy: policy(v.thresholdPolicy, 'FREE'),
    thresholdPolicyReason: optText(v.thresholdPolicyReason),
    positions: codes(v.positions),
    zones: codes(v.zones),
  }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: CustomerTier) => item?.name,
  Inputs,
};
