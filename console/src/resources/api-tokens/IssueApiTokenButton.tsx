import { useRef, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField as MuiTextField,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  Button,
  DateInput,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  regex,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type Validator,
} from 'react-admin';
import { RESOURCES, useCan } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { startOfDay } from '../../data/shared';
import { GraphQLRequestError } from '../../graphql';
import { UnitInput } from '../org-units/UnitInput';
import { useNotifyApiError } from '../org-units/useNotifyApiError';

/** Tokens live at most this long (the API's limit). */
const MAX_TOKEN_DAYS = 730;
const SYSTEM_PATTERN = /^[A-Z][A-Z0-9_]{1,99}$/;

/** "YYYY-MM-DD" of today + `days`, local time. */
function dateInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const validExpiry: Validator = (value: unknown) => {
  if (!value) return undefined;
  const date = String(value);
  if (date <= dateInDays(0)) return 'app.api_tokens.expiry_future';
  if (date > dateInDays(MAX_TOKEN_DAYS)) return { message: 'app.api_tokens.expiry_max', args: { days: MAX_TOKEN_DAYS } };
  return undefined;
};

/** Copies to the clipboard; falls back to a selected text field where the Clipboard API is unavailable (plain http). */
async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through
  }
  if (!fallbackInput) return false;
  fallbackInput.focus();
  fallbackInput.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The secret, once: a read-only field, a copy button and a warning that it will not be shown again. */
const SecretPanel = ({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) => {
  const translate = useTranslate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => setCopied(await copyText(secret, inputRef.current));
  return (
    <>
      <DialogTitle>{translate('app.api_tokens.issued_title', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="token-secret-warning">
          {translate('app.api_tokens.secret_warning')}
        </Alert>
        <MuiTextField
          value={secret}
          label={translate('app.api_tokens.secret')}
          fullWidth
          inputRef={inputRef}
          onFocus={(e) => e.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, 'data-testid': 'token-secret', style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate(copied ? 'app.api_tokens.copied' : 'app.api_tokens.copy')}>
                    <IconButton onClick={copy} aria-label={translate('app.api_tokens.copy')} data-testid="token-copy">
                      {copied ? <CheckIcon color="success" /> : <ContentCopyIcon />}
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('app.api_tokens.secret_usage')}
        </Typography>
        <Box component="code" sx={{ display: 'block', mt: 0.5, fontSize: '0.8rem', color: 'text.secondary' }}>
          Authorization: Bearer ost_…
        </Box>
      </DialogContent>
      <DialogActions>
        <Button label="app.api_tokens.done" variant="contained" onClick={onDone} data-testid="token-secret-done" />
      </DialogActions>
    </>
  );
};

/** Issues an API token for an integrating system (administrators). */
export const IssueApiTokenButton = () => {
  const allowed = useCan('create', RESOURCES.apiTokens);
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyApiError(RESOURCES.apiTokens);
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);

  if (!allowed) return null;

  const close = () => {
    // The secret is forgotten here: it cannot be shown again.
    setIssued(null);
    setOpen(false);
  };

  const submit = async (values: Record<string, unknown>) => {
    try {
      const result = await dataProvider.issueApiToken({
        name: String(values.name ?? ''),
        system: String(values.system ?? ''),
        scopeUnitCode: String(values.scopeUnitCode ?? ''),
        expiresAt: startOfDay(String(values.expiresAt ?? '')) ?? '',
      });
      setIssued({ name: result.apiToken.name, secret: result.token });
      notify('app.api_tokens.issued', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.body?.errors) return error.body.errors;
      notifyError(error);
      return undefined;
    }
  };

  return (
    <>
      <Button label="app.api_tokens.issue" onClick={() => setOpen(true)} data-testid="issue-api-token">
        <AddIcon />
      </Button>
      <Dialog
        open={open}
        // While the secret shows, only the button closes the dialog, so it is not lost by a stray click.
        onClose={issued ? undefined : close}
        fullWidth
        maxWidth="sm"
        data-testid="issue-api-token-dialog"
      >
        {issued ? (
          <SecretPanel name={issued.name} secret={issued.secret} onDone={close} />
        ) : (
          <Form onSubmit={submit} noValidate record={{ expiresAt: dateInDays(365) }} resource={RESOURCES.apiTokens}>
            <DialogTitle>{translate('app.api_tokens.issue_title')}</DialogTitle>
            <DialogContent>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('app.api_tokens.issue_hint')}
              </Typography>
              <TextInput source="name" validate={[required(), maxLength(100)]} helperText="app.api_tokens.name_hint" fullWidth />
              <TextInput
                source="system"
                validate={[required(), regex(SYSTEM_PATTERN, 'app.field_rules.system.format')]}
                parse={(v: string) => (v ?? '').toUpperCase()}
                helperText="app.api_tokens.system_hint"
                fullWidth
              />
              <UnitInput source="scopeUnitCode" validate={required()} helperText="app.api_tokens.scope_hint" />
              <DateInput source="expiresAt" validate={[required(), validExpiry]} helperText="app.api_tokens.expiry_hint" fullWidth />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={close} />
              <SaveButton label="app.api_tokens.issue_submit" icon={<AddIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
};
