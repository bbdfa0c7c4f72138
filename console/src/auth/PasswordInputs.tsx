import { PasswordInput, required, useTranslate, type Validator } from 'react-admin';

/** The API's rule: at least 15 characters, at most 128, anything goes (spaces too). */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

const lengthOk: Validator = (value: unknown) => {
  const length = [...String(value ?? '')].length;
  if (!length) return undefined;
  if (length < PASSWORD_MIN_LENGTH) return { message: 'app.password.too_short', args: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { message: 'app.password.too_long', args: { max: PASSWORD_MAX_LENGTH } };
  return undefined;
};

const matches =
  (other: string): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    value && value !== values[other] ? 'app.password.mismatch' : undefined;

/**
 * A new password and its confirmation, with the rule explained under the first.
 * `source` is the field the API gets; the confirmation is `${source}Confirm`.
 */
export const NewPasswordInputs = ({
  source,
  label = 'app.password.new',
  confirmLabel = 'app.password.confirm',
}: {
  source: string;
  label?: string;
  confirmLabel?: string;
}) => {
  const translate = useTranslate();
  return (
    <>
      <PasswordInput
        source={source}
        label={label}
        validate={[required(), lengthOk]}
        autoComplete="new-password"
        helperText={translate('app.password.rule', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        fullWidth
      />
      <PasswordInput
        source={`${source}Confirm`}
        label={confirmLabel}
        validate={[required(), matches(source)]}
        autoComplete="new-password"
        fullWidth
      />
    </>
  );
};
