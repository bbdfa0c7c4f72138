import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { OrgTree } from './OrgTree';

/** Where the tree starts until sign-in tells us the user's own unit. */
export const DEFAULT_ROOT_CODE = 'HO';

export const OrgTreePage = ({ rootCode = DEFAULT_ROOT_CODE }: { rootCode?: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.tree.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.tree.hint')}
        </Typography>
        <OrgTree rootCode={rootCode} />
      </CardContent>
    </Card>
  );
};
