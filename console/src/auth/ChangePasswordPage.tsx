import { Alert, Card, CardContent, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  required,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { GraphQLRequestError } from '../graphql';
import { useNotifyApiError } from '../resources/org-units/useNotifyApiError';
import { NewPasswordInputs } from './PasswordInputs';

/** The signed-in user changes their own password; their other sessions end. */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyApiError('users');
  const redirect = useRedirect();

  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.changeMyPassword(String(values.currentPassword ?? ''), String(values.newPassword ?? ''));
      notify('app.password.changed', { type: 'success' });
      redirect('/');
      return undefined;
    } catch (error) {
      // Errors on the fields show under them; anything else in a notification.
      if (error instanceof GraphQLRequestError && error.body?.errors) return error.body.errors;
      notifyError(error);
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="app.password.change_mine" />
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('app.password.change_mine')}
        </Typography>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.password.change_mine_hint')}
        </Alert>
        <Form onSubmit={submit} noValidate>
          <PasswordInput
            source="currentPassword"
            label="app.password.current"
            validate={required()}
            autoComplete="current-password"
            fullWidth
          />
          <NewPasswordInputs source="newPassword" />
          <SaveButton label="app.password.change_submit" icon={<SaveIcon />} />
        </Form>
      </CardContent>
    </Card>
  );
};
