/**
 * Inputs of the standard's forms: bilingual text pairs, policy selects, whole
 * numbers, ranges and money, each with the checks the API would make, so most
 * mistakes show at the field before anything is sent.
 */
import { Box, Typography } from '@mui/material';
import {
  NumberInput,
  SelectInput,
  TextInput,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { getPath } from '../../formErrors';
import { POLICIES } from './types';

// ---------------------------------------------------------------------------
// Validators (messages are translation keys)

type ValidatorProps = { finalSource?: string; source?: string } | undefined;
const sourceOf = (props: unknown) => {
  const p = props as ValidatorProps;
  return p?.finalSource ?? p?.source ?? '';
};
const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** Required, and not only spaces. */
export const notBlank: Validator = (value) => (isBlank(value) ? 'ra.validation.required' : undefined);

/** A whole number, zero or more. */
export const wholeNonNegative: Validator = (value) => {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) return 'std.validation.integer';
  if (n < 0) return 'std.validation.non_negative';
  return undefined;
};

export const nonNegative: Validator = (value) =>
  value != null && value !== '' && Number(value) < 0 ? 'std.validation.non_negative' : undefined;

/** On a `….max` input: not below the `….min` beside it. */
export const maxNotBelowMin: Validator = (value, values, props) => {
  if (value == null || value === '') return undefined;
  const min = getPath(values, sourceOf(props).replace(/max$/, 'min'));
  if (min != null && min !== '' && Number(value) < Number(min)) {
    return { message: 'std.validation.max_below_min', args: { min: String(min) } };
  }
  return undefined;
};

/** On one language of an optional pair: filled when the other one is. */
export const pairComplete: Validator = (value, values, props) => {
  const source = sourceOf(props);
  const other = source.endsWith('.zh') ? source.replace(/\.zh$/, '.en') : source.replace(/\.en$/, '.zh');
  return isBlank(value) && !isBlank(getPath(values, other)) ? 'std.validation.pair' : undefined;
};

/** On a list input: no two entries with the same `key` (a position, zone, device type or code listed twice). */
export const uniqueBy =
  (key: string): Validator =>
  (value) => {
    if (!Array.isArray(value)) return undefined;
    const seen = new Set<string>();
    for (const entry of value) {
      const k = entry?.[key];
      if (k == null || k === '') continue;
      if (seen.has(String(k))) return { message: 'std.validation.listed_twice', args: { code: String(k) } };
      seen.add(String(k));
    }
    return undefined;
  };

export const ITEM_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,59}$/;
export const itemCodeFormat: Validator = (value) =>
  isBlank(value) || ITEM_CODE_PATTERN.test(String(value)) ? undefined : 'std.validation.code_format';

export const currencyFormat: Validator = (value) =>
  isBlank(value) || /^[A-Z]{3}$/.test(String(value)) ? undefined : 'std.validation.currency';

const upper = (v: string) => (v ?? '').toUpperCase();

// ---------------------------------------------------------------------------
// Inputs

/** A text in Chinese and English side by side: `source.zh` and `source.en`. */
export const BilingualInputs = ({
  source,
  label,
  required: isRequired = false,
  multiline = false,
  validate,
  testId,
}: {
  source: string;
  label: string;
  required?: boolean;
  multiline?: boolean;
  validate?: Validator | Validator[];
  testId?: string;
}) => {
  const translate = useTranslate();
  const extra = validate ? (Array.isArray(validate) ? validate : [validate]) : [];
  const rules = isRequired ? [notBlank, ...extra] : [pairComplete, ...extra];
  const title = translate(label, { _: label });
  const at = (lang: 'zh' | 'en') => (source ? `${source}.${lang}` : lang);
  return (
    <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', md: 'nowrap' } }} data-testid={testId}>
      <TextInput
        source={at('zh')}
        label={`${title}${translate('std.lang_suffix.zh')}`}
        validate={rules}
        isRequired={isRequired}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        fullWidth
        helperText={false}
      />
      <TextInput
        source={at('en')}
        label={`${title}${translate('std.lang_suffix.en')}`}
        validate={rules}
        isRequired={isRequired}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        fullWidth
        helperText={false}
      />
    </Box>
  );
};

export const policyChoices = POLICIES.map((id) => ({ id, name: `std.policies.${id}` }));

/** How a lower level may change the value beside it. */
export const PolicyInput = ({ source, label = 'std.fields.policy', optional = false }: { source: string; label?: string; optional?: boolean }) => (
  <SelectInput fullWidth={false}
    source={source}
    label={label}
    choices={policyChoices}
    validate={optional ? undefined : required()}
    helperText={false}
    sx={{ minWidth: 150 }}
  />
);

/** A whole number, zero or more (or at least `min`). */
export const IntInput = ({
  source,
  label,
  required: isRequired = false,
  min = 0,
}: {
  source: string;
  label: string;
  required?: boolean;
  min?: number;
}) => (
  <NumberInput fullWidth={false}
    source={source}
    label={label}
    min={min}
    step={1}
    validate={[...(isRequired ? [required()] : []), wholeNonNegative]}
    helperText={false}
    sx={{ width: 220 }}
  />
);

/** `source.min` (required) and `source.max` (blank: no upper limit). */
export const RangeInputs = ({ source, label }: { source: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      {label && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2.2, minWidth: 60 }}>
          {translate(label)}
        </Typography>
      )}
      <NumberInput fullWidth={false}
        source={`${source}.min`}
        label="std.fields.min"
        min={0}
        step={1}
        validate={[required(), wholeNonNegative]}
        helperText={false}
        sx={{ width: 110 }}
      />
      <NumberInput fullWidth={false}
        source={`${source}.max`}
        label="std.fields.max"
        min={0}
        step={1}
        validate={[wholeNonNegative, maxNotBelowMin]}
        placeholder={translate('std.range.no_max')}
        helperText={false}
        sx={{ width: 110 }}
      />
    </Box>
  );
};

/** An amount and its currency (CNY unless said otherwise); blank amount = no value when optional. */
export const MoneyInputs = ({
  source,
  label,
  required: isRequired = false,
  validate,
}: {
  source: string;
  label: string;
  required?: boolean;
  validate?: Validator[];
}) => (
  <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid={`money-${source}`}>
    <NumberInput fullWidth={false}
      source={`${source}.amount`}
      label={label}
      min={0}
      step={1000}
      validate={[...(isRequired ? [required()] : []), nonNegative, ...(validate ?? [])]}
      helperText={false}
      sx={{ width: 200 }}
    />
    <TextInput
      fullWidth={false}
      source={`${source}.currency`}
      label="std.fields.currency"
      defaultValue="CNY"
      parse={upper}
      validate={currencyFormat}
      helperText={false}
      sx={{ width: 90 }}
    />
  </Box>
);

/** An item's code: capital letters, digits and "_"; fixed once the item exists. */
export const CodeInput = ({ source = 'code', disabled = false, taken = [] }: { source?: string; disabled?: boolean; taken?: string[] }) => {
  const unused: Validator = (value) => (!disabled && value && taken.includes(String(value)) ? 'std.validation.code_taken' : undefined);
  return (
    <TextInput
      fullWidth={false}
      source={source}
      label="std.fields.code"
      validate={[required(), itemCodeFormat, unused]}
      disabled={disabled}
      parse={upper}
      helperText={disabled ? 'std.form.code_fixed' : 'std.form.code_hint'}
      sx={{ minWidth: 280 }}
    />
  );
};

/** Field rows: inputs side by side, wrapping on narrow screens. */
export const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', width: '100%' }}>{children}</Box>
);

/** A titled group of inputs. */
export const Group = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 2 }} data-testid={testId}>
      <Typography variant="subtitle1" sx={{ fontWeight: 500, mb: 1, borderBottom: 1, borderColor: 'divider' }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>{children}</Box>
    </Box>
  );
};
