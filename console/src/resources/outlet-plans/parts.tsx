/** Pieces the wizard and the review page share: the gap table and error wording. */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import { GraphQLRequestError } from '../../graphql';
import { subjectOfPath, type Localized, type OutletPlanRecord } from './queries';

type Gap = OutletPlanRecord['gaps'][number];
/** What the expected and actual texts read: a gap from a plan or a row of the gap list. */
type Measured = Pick<Gap, 'expectedMin' | 'expectedMax' | 'expectedRequirement' | 'actualCount' | 'actualZone'>;
type Translate = ReturnType<typeof useTranslate>;

/**
 * The expected value as text. Exports keep the codes a spreadsheet can filter
 * on (REQUIRED, ABSENT); on screen, `translate` puts them in words.
 */
export function expectedText(g: Measured, translate?: Translate): string {
  if (g.expectedRequirement) return translate ? translate(`std.zone_requirements.${g.expectedRequirement}`, { _: g.expectedRequirement }) : g.expectedRequirement;
  if (g.expectedMax != null) return `${g.expectedMin ?? 0}–${g.expectedMax}`;
  return g.expectedMin != null ? `≥ ${g.expectedMin}` : '—';
}

export const actualText = (g: Measured, translate?: Translate) =>
  g.actualZone
    ? translate
      ? translate(`op.zone_states.${g.actualZone}`, { _: g.actualZone })
      : g.actualZone
    : g.actualCount != null
      ? String(g.actualCount)
      : '—';

/**
 * What a requirement path names: its subject (a position, zone, device type
 * or rule) where the standard names it, else, for a figure of the category
 * itself (its total minimum, its lobby staffing), that figure's label.
 */
export function useRequirementName(names: Record<string, Localized> | undefined) {
  const translate = useTranslate();
  return (path: string): Localized | null => {
    const named = nameOfPath(names, path);
    if (named) return named;
    const [list, , field, more] = path.split('/');
    if (list !== 'outletCategories' || !field || more) return null;
    const label = translate(`std.fields.${field}`, { _: '' });
    return label ? ({ zh: label, en: label } as Localized) : null;
  };
}

/** The API's refusal in words; a version conflict says the plan changed since it was read. */
export function describePlanError(translate: Translate, e: unknown): string {
  if (e instanceof GraphQLRequestError && e.code === 'VERSION_CONFLICT') return translate('op.version_conflict');
  if (e instanceof GraphQLRequestError && e.violations.length)
    return e.violations.map((v) => `${v.field}: ${v.message}`).join('; ');
  return describeApiError(translate, e, 'outlet-plans');
}

/** A name in the reader's language (English falls back to Chinese when a name has none). */
export function useLocalName() {
  const [locale] = useLocaleState();
  return (n: Localized | null | undefined) => (n ? (locale === 'en' ? n.en || n.zh : n.zh) : '');
}

/** A standard item by its name, its code below in small type; the code alone when the standard names it nowhere. */
export const NamedCode = ({ name, code, testId }: { name?: Localized | null; code: string; testId?: string }) => {
  const local = useLocalName();
  const shown = local(name);
  return (
    <Box data-testid={testId} component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <span>{shown || code}</span>
      {shown && <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{code}</Typography>}
    </Box>
  );
};

/** The name of what a requirement path is about (a position, zone, device type or rule), if the standard names it. */
export const nameOfPath = (names: Record<string, Localized> | undefined, path: string) => {
  const subject = subjectOfPath(path);
  return subject && names ? names[subject] ?? null : null;
};

/** Each gap with what closes it (action or justification), side by side. */
export const GapTable = ({ plan, names }: { plan: OutletPlanRecord; names?: Record<string, Localized> }) => {
  const translate = useTranslate();
  const requirementName = useRequirementName(names);
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
              <TableCell sx={{ wordBreak: 'break-all' }}>
                <NamedCode name={requirementName(g.path)} code={g.path} />
              </TableCell>
              <TableCell>{expectedText(g, translate)}</TableCell>
              <TableCell>{actualText(g, translate)}</TableCell>
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
