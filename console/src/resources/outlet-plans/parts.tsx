/** Pieces the wizard and the review page share: the gap table and error wording. */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import { GraphQLRequestError } from '../../graphql';
import type { OutletPlanRecord } from './queries';

type Gap = OutletPlanRecord['gaps'][number];
type Translate = ReturnType<typeof useTranslate>;

export function expectedText(g: Gap): string {
  if (g.expectedRequirement) return g.expectedRequirement;
  if (g.expectedMax != null) return `${g.expectedMin ?? 0}–${g.expectedMax}`;
  return g.expectedMin != null ? `≥ ${g.expectedMin}` : '—';
}

export const actualText = (g: Gap) => g.actualZone ?? (g.actualCount != null ? String(g.actualCount) : '—');

/** The API's refusal in words; a version conflict says the plan changed since it was read. */
export function describePlanError(translate: Translate, e: unknown): string {
  if (e instanceof GraphQLRequestError && e.code === 'VERSION_CONFLICT') return translate('op.version_conflict');
  if (e instanceof GraphQLRequestError && e.violations.length)
    return e.violations.map((v) => `${v.field}: ${v.message}`).join('; ');
  return describeApiError(translate, e, 'outlet-plans');
}

/** Each gap with what closes it (action or justification), side by side. */
export const GapTable = ({ plan }: { plan: OutletPlanRecord }) => {
  const translate = useTranslate();
  if (plan.gaps.length === 0) return <Typography data-testid="op-no-gaps">{translate('op.no_gaps')}</Typography>;
  return (
    <Table size="small" data-testid="op-gaps">
      <TableHead>
        <TableRow>
          <TableCell>{translate('op.gap.kind')}</TableCell>
          <TableCell>{translate('op.gap.path')}</TableCell>
          <TableCell>{translate('op.gap.expected')}</TableCell>
          <TableCell>{translate('op.gap.actual')}</TableCell>
          <TableCell>{translate('op.gap.source')}</TableCell>
          <TableCell>{translate('op.gap.closed_by')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {plan.gaps.map((g) => {
          const actions = plan.actions.filter((a) => a.path === g.path);
          const why = plan.justifications.find((j) => j.path === g.path);
          return (
            <TableRow key={g.path} data-testid={`op-gap-${g.path}`}>
              <TableCell>{translate(`op.kinds.${g.kind}`)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{g.path}</TableCell>
              <TableCell>{expectedText(g)}</TableCell>
              <TableCell>{actualText(g)}</TableCell>
              <TableCell data-testid="op-gap-source">{g.setBy.unitCode}</TableCell>
              <TableCell data-testid="op-gap-closing">
                {actions.map((a) => (
                  <div key={a.id}>{`${a.dueDate} · ${a.who}: ${a.what} (${a.expectedEffect})`}</div>
                ))}
                {why && <div>{translate('op.justified', { text: why.text })}</div>}
                {!actions.length && !why && <Typography color="error" variant="body2">{translate('op.gap.open')}</Typography>}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
