/**
 * Provenance on the effective-standard page: what a value replaced, the
 * "value across levels" view of one path, the values outside the outlet's
 * category (customer tiers, service-rule parameters, duties…) and the local
 * items the branches above added. Sources link to the layer that set them,
 * a branch's local version or head office's edition.
 */
import { useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import TimelineOutlinedIcon from '@mui/icons-material/TimelineOutlined';
import { useDataProvider, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { LocalizedText } from './types';
import { SourceLink, useValueText, valueOf } from '../local-versions/values';
import { PolicyChip, useText } from './fields';
import { rawValue, type EffectiveLocalItem, type EffectiveStandard, type ShownValue, type Sourced } from './effective';
import { useAsync } from './useAsync';

/** The kind of item each list of the standard holds, for labels ("岗位 · 理财经理 · 职责"). */
const KIND_OF_LIST: Record<string, string> = {
  positions: 'POSITION',
  zones: 'ZONE',
  deviceTypes: 'DEVICE_TYPE',
  outletCategories: 'OUTLET_CATEGORY',
  customerTiers: 'CUSTOMER_TIER',
  classifiers: 'CLASSIFIER',
  serviceRules: 'SERVICE_RULE',
};

type Named = { code: string; name?: LocalizedText | null; title?: LocalizedText | null; parameters?: { code: string; name?: LocalizedText | null }[] | null };

/**
 * Labels for value paths, from the names of the edition's items and of the
 * local items (which the edition does not hold): the kind, the item, then
 * the field or parameter.
 */
export function usePathLabel(data: EffectiveStandard) {
  const translate = useTranslate();
  const text = useText();
  return useMemo(() => {
    const names = new Map<string, string>();
    const add = (list: string, items: readonly Named[]) => {
      for (const item of items) {
        const label = item.name ?? item.title;
        if (label) names.set(`${list}/${item.code}`, text(label));
        for (const p of item.parameters ?? []) if (p.name) names.set(`${list}/${item.code}/parameters/${p.code}`, text(p.name));
      }
    };
    add('positions', data.edition.positions);
    add('zones', data.edition.zones);
    add('customerTiers', data.edition.customerTiers);
    add('serviceRules', data.edition.serviceRules);
    for (const item of data.localItems) add(item.path.split('/')[0], [item.data as Named]);
    return (path: string) => {
      const [list, code, field, key] = path.split('/');
      const kind = KIND_OF_LIST[list];
      const parts = [kind ? translate(`std.kinds.${kind}`) : list, names.get(`${list}/${code}`) ?? code];
      if (field === 'parameters') parts.push(names.get(path) ?? key);
      else if (field) parts.push(translate(`std.fields.${field}`, { _: field }) + (key ? ` · ${key}` : ''));
      return parts.join(' · ');
    };
  }, [data, text, translate]);
}

/** "替换了 3（总行（HO）· HO-2026-01）": the value in force before the layer that set this one. */
export const OverrodeNote = ({ sourced }: { sourced: Sourced }) => {
  const translate = useTranslate();
  const text = useText();
  const valueText = useValueText();
  const before = sourced.overrode;
  if (!before) return null;
  return (
    <Typography variant="caption" component="div" color="text.secondary" data-testid="overrode">
      {translate('std.effective.overrode', {
        value: valueText(rawValue(before)),
        unit: before.setBy.unit ? text(before.setBy.unit.name) : before.setBy.unitCode,
        layer: before.setBy.layerCode,
      })}
    </Typography>
  );
};

/** Opens the value's "across levels" view. */
export const AcrossLevelsButton = ({ unitCode, path, label }: { unitCode: string; path: string; label: string }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={translate('lv.levels.title')}>
        <IconButton size="small" aria-label={translate('lv.levels.link')} onClick={() => setOpen(true)} data-testid="across-levels">
          <TimelineOutlinedIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {open && <AcrossLevelsDialog unitCode={unitCode} path={path} label={label} onClose={() => setOpen(false)} />}
    </>
  );
};

/** One path from head office down to the unit: the value in force at each level, its policy, who set it, and whether that level did. */
const AcrossLevelsDialog = ({ unitCode, path, label, onClose }: { unitCode: string; path: string; label: string; onClose: () => void }) => {
  const translate = useTranslate();
  const text = useText();
  const valueText = useValueText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error, loading } = useAsync(`${unitCode} ${path}`, (signal) => dataProvider.getValueAcrossLevels(unitCode, path, signal));
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="across-levels-dialog">
      <DialogTitle>
        {translate('lv.levels.title')}
        <Typography variant="body2" color="text.secondary">
          {label} <Box component="span" sx={{ fontFamily: 'monospace' }}>({path})</Box>
        </Typography>
      </DialogTitle>
      <DialogContent>
        {loading && <LinearProgress />}
        {error != null && <Alert severity="error">{describeApiError(translate, error, 'standard-editions')}</Alert>}
        {data && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('lv.levels.unit')}</TableCell>
                <TableCell>{translate('lv.levels.value')}</TableCell>
                <TableCell>{translate('std.effective.columns.policy')}</TableCell>
                <TableCell>{translate('std.effective.columns.source')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((level) => (
                <TableRow key={level.orgUnit.code} data-testid={`level-${level.orgUnit.code}`} selected={level.setHere}>
                  <TableCell>
                    {text(level.orgUnit.name)} ({level.orgUnit.code})
                  </TableCell>
                  <TableCell data-testid="level-value">{level.value ? valueText(valueOf(level.value)) : translate('lv.levels.absent')}</TableCell>
                  <TableCell>{level.value && <PolicyChip policy={level.value.policy} />}</TableCell>
                  <TableCell>{level.value && <SourceLink source={level.value.setBy} />}</TableCell>
                  <TableCell data-testid="level-set-here">
                    {level.value ? translate(level.setHere ? 'lv.levels.set_here' : 'lv.levels.inherited_here') : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** The source of a value, what it replaced, and the way to its value at every level. */
export const SourceCell = ({ sourced }: { sourced: Sourced }) => (
  <>
    <SourceLink source={sourced.setBy} />
    <OverrodeNote sourced={sourced} />
  </>
);

/** One row of a table of values in force: what it is, the value in words, and the sourced value behind it. */
export interface SourcedRow {
  label: string;
  value: ReactNode;
  sourced: Sourced;
  /** The label in the "across levels" dialog, when it needs more context than `label`. */
  levelsLabel?: string;
}

/**
 * Values in force as a table: label, value, policy (with its meaning in words
 * when `hints`), source and what it replaced, and the way to the value at
 * every level. The category's requirements and the other values share it.
 */
export const SourcedValuesTable = ({ unitCode, rows, testId, hints = false }: { unitCode: string; rows: readonly SourcedRow[]; testId: string; hints?: boolean }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('std.effective.columns.item')}</TableCell>
          <TableCell>{translate('std.effective.columns.value')}</TableCell>
          <TableCell>{translate('std.effective.columns.policy')}</TableCell>
          <TableCell>{translate('std.effective.columns.source')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.sourced.path} data-testid={`value-${r.sourced.path}`}>
            <TableCell>{r.label}</TableCell>
            <TableCell data-testid="value">{r.value}</TableCell>
            <TableCell data-testid="policy">
              <PolicyChip policy={r.sourced.policy} />
              {hints && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {translate(`std.policy_hints.${r.sourced.policy}`)}
                </Typography>
              )}
            </TableCell>
            <TableCell data-testid="source">
              <SourceCell sourced={r.sourced} />
            </TableCell>
            <TableCell>
              <AcrossLevelsButton unitCode={unitCode} path={r.sourced.path} label={r.levelsLabel ?? r.label} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The values in force outside the outlet's category: customer tiers, service-rule parameters, duties, equipment. */
export const OtherValues = ({ data }: { data: EffectiveStandard }) => {
  const translate = useTranslate();
  const valueText = useValueText();
  const label = usePathLabel(data);
  const rows = data.values
    .filter((v: ShownValue) => !v.path.startsWith('outletCategories/'))
    .map((v) => ({ label: label(v.path), value: valueText(rawValue(v)), sourced: v }));
  if (!rows.length) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('std.effective.other_values')}</Typography>
        <SourcedValuesTable unitCode={data.orgUnit.code} rows={rows} testId="effective-other-values" />
      </CardContent>
    </Card>
  );
};

/** The items the branches on the path added (a local position, a local rule), each with the branch and version that added it. */
export const LocalItems = ({ items }: { items: readonly EffectiveLocalItem[] }) => {
  const translate = useTranslate();
  const text = useText();
  if (!items.length) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('std.effective.local_items')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('std.effective.local_items_hint')}
        </Typography>
        <Table size="small" data-testid="effective-local-items">
          <TableHead>
            <TableRow>
              <TableCell>{translate('std.fields.kind')}</TableCell>
              <TableCell>{translate('std.effective.columns.item')}</TableCell>
              <TableCell>{translate('std.effective.columns.source')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => {
              const data = item.data as Named;
              const name = data.name ?? data.title;
              return (
                <TableRow key={item.path} data-testid={`local-item-${item.path}`}>
                  <TableCell>{translate(`std.kinds.${item.kind}`)}</TableCell>
                  <TableCell>
                    {name ? text(name) : item.key}{' '}
                    <Box component="span" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                      ({item.key})
                    </Box>
                  </TableCell>
                  <TableCell data-testid="source">
                    <SourceLink source={item.setBy} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
