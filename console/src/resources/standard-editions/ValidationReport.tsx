/** The publication report of a draft: every problem with where it is and what is wrong. */
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { ruleText } from '../../formErrors';
import { itemPath, kindByReportKey } from './kinds';
import type { ValidationProblem, ValidationReport as Report } from './types';

/** "outletCategory/GENERAL/staffing/LOBBY_GUIDE" → kind, item code and the rest. */
export function splitReportPath(path: string) {
  const [key, code, ...rest] = path.split('/');
  return { meta: kindByReportKey(key), code: code ?? '', rest };
}

const ProblemPlace = ({ problem, editionCode, linkItems }: { problem: ValidationProblem; editionCode: string; linkItems: boolean }) => {
  const translate = useTranslate();
  const { meta, code, rest } = splitReportPath(problem.path);
  const field = rest[0] ? translate(`std.fields.${rest[0]}`, { _: rest[0] }) : '';
  const label = [meta ? translate(`std.kinds.${meta.kind}`) : problem.path.split('/')[0], code, field, ...rest.slice(1)]
    .filter(Boolean)
    .join(' › ');
  return (
    <Box>
      {meta && code && linkItems ? <Link to={itemPath(editionCode, meta.kind, code)}>{label}</Link> : <span>{label}</span>}
      <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>
        {problem.path}
      </Typography>
    </Box>
  );
};

export const ProblemsTable = ({
  problems,
  editionCode,
  linkItems = false,
}: {
  problems: ValidationProblem[];
  editionCode: string;
  linkItems?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="validation-problems">
      <TableHead>
        <TableRow>
          <TableCell>{translate('std.publish.path')}</TableCell>
          <TableCell>{translate('std.publish.message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {problems.map((p, i) => (
          <TableRow key={`${p.path}-${p.rule}-${i}`} data-testid="validation-problem">
            <TableCell sx={{ verticalAlign: 'top' }}>
              <ProblemPlace problem={p} editionCode={editionCode} linkItems={linkItems} />
            </TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>
              {ruleText(translate, p, 'std')}
              <Typography variant="caption" color="text.secondary" component="div">
                {p.rule}: {p.message}
              </Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const ValidationReport = ({ report, editionCode, linkItems }: { report: Report; editionCode: string; linkItems?: boolean }) => {
  const translate = useTranslate();
  if (report.ok) {
    return (
      <Alert severity="success" data-testid="validation-ok">
        {translate('std.publish.ok')}
      </Alert>
    );
  }
  return (
    <Box>
      <Alert severity="warning" sx={{ mb: 1 }} data-testid="validation-not-ok">
        {translate('std.publish.problems', { smart_count: report.problems.length })}
      </Alert>
      <ProblemsTable problems={report.problems} editionCode={editionCode} linkItems={linkItems} />
    </Box>
  );
};
