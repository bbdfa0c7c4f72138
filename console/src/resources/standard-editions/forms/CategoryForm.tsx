/** 网点分类: everything an outlet category requires, each value with its policy. */
import {
  ArrayInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { BilingualInputs, Group, IntInput, PolicyInput, RangeInputs, Row, uniqueBy, wholeNonNegative } from '../inputs';
import { ZONE_REQUIREMENT_LEVELS, type OutletCategory } from '../types';

/** What the API accepts as an item code. */
const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;
import { useEditionChoices, enumChoices } from './choices';
import { clone, int, isBlankNumber, optText, policy, range, text, texts, codes } from './convert';
import type { FormSpec, InputsProps } from './types';

const Inputs = ({ edition, isNew, taken }: InputsProps) => {
  const translate = useTranslate();
  const choices = useEditionChoices(edition);
  // Category codes are open: an edition may add any, so the code is typed, not picked.
  const notTaken = (code: string) => (isNew && taken.includes(code) ? 'std.form.category_code_taken' : undefined);
  return (
    <>
      <Group title="std.form.basic" testId="form-basic">
        <TextInput fullWidth={false}
          source="code"
          label="std.fields.categoryCode"
          validate={[required(), regex(CATEGORY_CODE, 'std.form.category_code_format'), notTaken]}
          disabled={!isNew}
          helperText={isNew ? false : 'std.form.code_fixed'}
          sx={{ minWidth: 280 }}
        />
        <BilingualInputs source="name" label="std.fields.name" required />
        <BilingualInputs source="description" label="std.fields.description" required multiline />
      </Group>

      <Group title="std.category.team" testId="form-team">
        <Row>
          <IntInput source="marketingStaffMin.value" label="std.fields.marketingStaffMin" required />
          <PolicyInput source="marketingStaffMin.policy" />
        </Row>
        <Row>
          <IntInput source="salesServiceStaffMin.value" label="std.fields.salesServiceStaffMin" />
          <PolicyInput source="salesServiceStaffMin.policy" optional />
        </Row>
        <Row>
          <RangeInputs source="lobbyStaffTotal.value" label="std.fields.lobbyStaffTotal" />
          <PolicyInput source="lobbyStaffTotal.policy" />
        </Row>
      </Group>

      <Group title="std.fields.staffing" testId="form-staffing">
        <ArrayInput source="staffing" label={false} validate={uniqueBy('position')}>
          <SimpleFormIterator disableReordering={false} fullWidth>
            <Row>
              <SelectInput fullWidth={false} source="position" label="std.fields.position" choices={choices.posts} validate={required()} helperText={false} sx={{ minWidth: 220 }} />
              <RangeInputs source="value" />
              <PolicyInput source="policy" />
            </Row>
            <BilingualInputs source="note" label="std.fields.note" />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>

      <Group title="std.fields.devices" testId="form-devices">
        <ArrayInput source="devices" label={false} helperText="std.category.devices_hint" validate={uniqueBy('deviceType')}>
          <SimpleFormIterator inline>
            <SelectInput fullWidth={false} source="deviceType" label="std.fields.deviceType" choices={choices.devices} validate={required()} helperText={false} sx={{ minWidth: 260 }} />
            <NumberInput fullWidth={false} source="value" label="std.fields.min" min={0} step={1} validate={[required(), wholeNonNegative]} helperText={false} sx={{ width: 110 }} />
            <PolicyInput source="policy" />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>

      <Group title="std.fields.smartDevices" testId="form-smartDevices">
        <Row>
          <SelectArrayInput fullWidth={false}
            source="smartDevices.value"
            label="std.fields.deviceTypes"
            choices={choices.devices}
            sx={{ minWidth: 420 }}
            helperText={false}
          />
          <PolicyInput source="smartDevices.policy" optional />
        </Row>
      </Group>

      <Group title="std.fields.zones" testId="form-zones">
        <ArrayInput source="zones" label={false} validate={uniqueBy('zone')}>
          <SimpleFormIterator fullWidth>
            <Row>
              <SelectInput fullWidth={false} source="zone" label="std.fields.zone" choices={choices.zones} validate={required()} helperText={false} sx={{ minWidth: 240 }} />
              <SelectInput fullWidth={false}
                source="value"
                label="std.fields.requirement"
                choices={enumChoices(ZONE_REQUIREMENT_LEVELS, 'std.zone_requirements')}
                validate={required()}
                helperText={false}
                sx={{ minWidth: 120 }}
              />
              <PolicyInput source="policy" />
            </Row>
            <BilingualInputs source="note" label="std.fields.note" />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>

      <Group title="std.fields.outboundMarketing" testId="form-outbound">
        <BilingualInputs source="outboundMarketing.value" label="std.fields.outboundMarketing" required multiline />
        <PolicyInput source="outboundMarketing.policy" />
      </Group>

      <Group title="std.fields.notes" testId="form-notes">
        <ArrayInput source="notes" label={false} helperText={translate('std.category.notes_hint')}>
          <SimpleFormIterator fullWidth>
            <BilingualInputs source="" label="std.fields.note" required multiline />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
    </>
  );
};

export const categoryForm: FormSpec = {
  kind: 'OUTLET_CATEGORY',
  toForm(item?: OutletCategory) {
    if (!item) {
      return {
        marketingStaffMin: { policy: 'RAISE_ONLY' },
        salesServiceStaffMin: { policy: 'RAISE_ONLY' },
        lobbyStaffTotal: { policy: 'RAISE_ONLY', value: { min: 0, max: null } },
        staffing: [],
        devices: [],
        smartDevices: { value: [], policy: 'EXTEND_ONLY' },
        zones: [],
        outboundMarketing: { policy: 'EXTEND_ONLY' },
        notes: [],
      };
    }
    const c = clone(item);
    return {
      ...c,
      salesServiceStaffMin: c.salesServiceStaffMin ?? { policy: 'RAISE_ONLY' },
      smartDevices: c.smartDevices ?? { value: [], policy: 'EXTEND_ONLY' },
    };
  },
  toInput(v) {
    const smart = codes(v.smartDevices?.value);
    return {
      code: v.code,
      name: text(v.name),
      description: text(v.description),
      marketingStaffMin: { value: int(v.marketingStaffMin?.value), policy: policy(v.marketingStaffMin?.policy) },
      salesServiceStaffMin: isBlankNumber(v.salesServiceStaffMin?.value)
        ? null
        : { value: int(v.salesServiceStaffMin.value), policy: policy(v.salesServiceStaffMin.policy, 'RAISE_ONLY') },
      lobbyStaffTotal: { value: range(v.lobbyStaffTotal?.value), policy: policy(v.lobbyStaffTotal?.policy) },
      staffing: (v.staffing ?? []).map((s: any) => ({
        position: s.position,
        value: range(s.value),
        policy: policy(s.policy),
        note: optText(s.note),
      })),
      devices: (v.devices ?? []).map((d: any) => ({ deviceType: d.deviceType, value: int(d.value), policy: policy(d.policy) })),
      smartDevices: smart.length ? { value: smart, policy: policy(v.smartDevices?.policy, 'EXTEND_ONLY') } : null,
      zones: (v.zones ?? []).map((z: any) => ({
        zone: z.zone,
        value: z.value,
        policy: policy(z.policy),
        note: optText(z.note),
      })),
      outboundMarketing: { value: text(v.outboundMarketing?.value), policy: policy(v.outboundMarketing?.policy) },
      notes: texts(v.notes),
    };
  },
  keyOf: (v) => String(v.code ?? ''),
  nameOf: (item?: OutletCategory) => item?.name,
  Inputs,
};
