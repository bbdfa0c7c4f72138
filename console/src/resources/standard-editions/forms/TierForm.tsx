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
  const from = getPath(values, 'assetsFrom.value.amount');
  if (value == null || value === '' || from == null || from === '') return undefined;
  return Number(value) <= Number(from) ? { message: 'std.validation.below_not_above_from', args: { from: String(from) } } : undefined;
};

/** A threshold's input: null when no amount is given. */
const threshold = (v: Record<string, any> | null | undefined) => {
  const value = optMoney(v?.value);
  return value ? { value, policy: policy(v?.policy, 'FREE') } : null;
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
        {/* Each threshold carries its own policy, like every value a lower level may change. */}
        <Row>
          <MoneyInputs source="assetsFrom.value" label="std.fields.assetsFrom" />
          <PolicyInput source="assetsFrom.policy" />
        </Row>
        <Row>
          <MoneyInputs source="assetsBelow.value" label="std.fields.assetsBelow" validate={[aboveAssetsFrom]} />
          <PolicyInput source="assetsBelow.policy" />
        </Row>
        <Row>
          <MoneyInputs source="personalLoansFrom.value" label="std.fields.personalLoansFrom" />
          <PolicyInput source="personalLoansFrom.policy" />
        </Row>
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
  toForm(item?: CustomerTier) {
    // An absent threshold still gets a policy in the form, so filling in its amount is all it takes.
    const threshold = (m: CustomerTier['assetsFrom'] | undefined) => m ?? { policy: 'FREE' };
    const t = clone(item);
    return t
      ? { ...t, assetsFrom: threshold(t.assetsFrom), assetsBelow: threshold(t.assetsBelow), personalLoansFrom: threshold(t.personalLoansFrom) }
      : { segment: 'INDIVIDUAL', assetsFrom: threshold(null), assetsBelow: threshold(null), personalLoansFrom: threshold(null), positions: [], zones: [] };
  },
  toInput: (v) => ({
    code: v.code,
    segment: v.segment,
    name: text(v.name),
    rule: text(v.rule),
    principle: text(v.principle),
    assetsFrom: threshold(v.assetsFrom),
    assetsBelow: threshold(v.assetsBelow),
    personalLoansFrom: threshold(v.personalLoansFrom),
    thresholdPolicyReason: optText(v.thresholdPolicyReason),
    positions: codes(v.positions),
    zones: codes(v.zones),
  }),
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: CustomerTier) => item?.name,
  Inputs,
};
