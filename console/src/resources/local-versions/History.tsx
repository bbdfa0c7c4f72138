/** A version's approval steps, oldest first, with their comments. */
import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import type { LocalVersionRecord } from './queries';

export const ApprovalHistory = ({ record }: { record: LocalVersionRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record.history.length) return <Typography color="text.secondary">{translate('lv.history_none')}</Typography>;
  return (
    <MuiList dense data-testid="lv-history">
      {record.history.map((e) => (
        <ListItem key={e.id} alignItems="flex-start">
          <ListItemText
            primary={translate('lv.history_line', {
              when: new Date(e.occurredAt).toLocaleString(intlLocale(locale)),
              actor: e.actorName,
              action: translate(`lv.actions.${e.action}`, { _: e.action }),
              from: translate(`lv.states.${e.fromState}`),
              to: translate(`lv.states.${e.toState}`),
              revision: e.revision,
            })}
            secondary={[e.comment, ...e.itemComments.map((c) => `${c.path}: ${c.comment}`)].filter(Boolean).join('\n')}
            secondaryTypographyProps={{ sx: { whiteSpace: 'pre-line' } }}
          />
        </ListItem>
      ))}
    </MuiList>
  );
};
