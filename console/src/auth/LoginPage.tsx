import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import {
  Form,
  LocalesMenuButton,
  PasswordInput,
  TextInput,
  required,
  useCheckAuth,
  useLocaleState,
  useLogin,
  useNavigate,
  useTranslate,
  type TranslateFunction,
} from 'react-admin';
import { GraphQLRequestError } from '../graphql';
import { intlLocale } from '../i18nProvider';
import { useDocumentLanguage } from '../layout/Layout';

/** "14:35", or "3月5日 14:35" when it is not today, in the UI's language. */
export function formatRetryTime(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const sameDay = at.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(intlLocale(locale), {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** Why sign-in failed, in words a person can act on. */
export function signInErrorText(translate: TranslateFunction, locale: string, error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    switch (error.code) {
      case 'UNAUTHENTICATED':
        return translate('app.auth.wrong_credentials');
      case 'TOO_MANY_ATTEMPTS':
        return error.retryAt
          ? translate('app.auth.locked_until', { time: formatRetryTime(error.retryAt, locale) })
          : translate('app.auth.locked_address');
      case 'BAD_USER_INPUT':
        return translate('app.auth.fill_both');
      default:
        if (error.status === 0) return translate('app.auth.unreachable');
    }
  }
  console.error('sign-in failed', error);
  return translate('app.auth.failed');
}

/** Sign-in page: username and password, the language switch in reach. */
export const LoginPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useDocumentLanguage();

  // Someone already signed in (another tab, a reload) goes straight in.
  useEffect(() => {
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined,
    );
  }, [checkAuth, navigate]);

  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setError(null);
    try {
      await login({ username: values.username, password: values.password });
    } catch (err) {
      setError(signInErrorText(translate, locale, err));
      setPending(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        bgcolor: 'grey.100',
        backgroundImage: 'linear-gradient(160deg, #0d2a4a 0%, #16497a 38%, #eef2f6 38.1%)',
      }}
    >
      <Box sx={{ alignSelf: 'stretch', display: 'flex', justifyContent: 'flex-end', p: 1, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: 380, maxWidth: 'calc(100vw - 32px)', mt: { xs: 2, sm: 8 } }} elevation={6}>
        <CardContent sx={{ p: 4 }}>
          <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mb: 1 }}>
            <LockOutlinedIcon color="primary" />
            <Typography variant="h6" component="h1">
              {translate('app.title')}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {translate('app.auth.intro')}
          </Typography>
          <Form onSubmit={submit} noValidate>
            <TextInput
              source="username"
              label="ra.auth.username"
              autoComplete="username"
              autoFocus
              validate={required()}
              disabled={pending}
              fullWidth
            />
            <PasswordInput
              source="password"
              label="ra.auth.password"
              autoComplete="current-password"
              validate={required()}
              disabled={pending}
              fullWidth
            />
            {error && (
              <Alert severity="error" sx={{ mb: 2 }} data-testid="login-error" role="alert">
                {error}
              </Alert>
            )}
            <Button
              type="submit"
              variant="contained"
              fullWidth
              disabled={pending}
              startIcon={pending ? <CircularProgress size={18} color="inherit" /> : undefined}
              data-testid="login-submit"
            >
              {translate('ra.auth.sign_in')}
            </Button>
          </Form>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 3 }}>
            {translate('app.auth.footnote')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};
