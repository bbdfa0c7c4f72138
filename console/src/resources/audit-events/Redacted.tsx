import { Box } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslate } from 'react-admin';
import { AUDIT_REDACTED } from '../../types';

export const isRedacted = (value: unknown) => value === AUDIT_REDACTED;

/** Stands in for a value the API withheld because it lies outside the user's scope. */
export const Redacted = () => {
  const translate = useTranslate();
  return (
    <Box
      component="span"
      data-testid="audit-redacted"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontStyle: 'italic', color: 'text.disabled' }}
    >
      <LockOutlined sx={{ fontSize: '0.95em' }} aria-hidden />
      {translate('app.audit.redacted')}
    </Box>
  );
};
