/** Read-only views of an edition's items: one card or table per kind, bilingual per locale. */
import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  Bilingual,
  CodeChip,
  Fact,
  PolicyChip,
  SectionTitle,
  TextList,
  useMoneyText,
  usePeopleText,
  useRangeText,
  useText,
  useUnitText,
  type EditionLookup,
} from './fields';
import type {
  Classifier,
  CustomerTier,
  DeviceType,
  OutletCategory,
  Position,
  RuleParameter,
  ServiceRule,
  Zone,
} from './types';

/** A card with a title, the item's code and room for actions. */
export const ItemCard = ({
  title,
  code,
  chips,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  code: string;
  chips?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  testId?: string;
}) => (
  <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
    <CardContent sx={{ pb: '16px !important' }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Typography variant="h6" component="div" sx={{ lineHeight: 1.3 }}>
            {title}
            {chips}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {code}
          </Typography>
        </Box>
        {actions && <Box sx={{ display: 'flex', gap: 1 }}>{actions}</Box>}
      </Box>
      {children}
    </CardContent>
  </Card>
);

const SmallTable = ({ head, children, testId }: { head: string[]; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 1, '& td, & th': { px: 1, verticalAlign: 'top' } }} data-testid={testId}>
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h} sx={{ color: 'text.secondary', fontWeight: 500 }}>
              {translate(h)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
};

// ---------------------------------------------------------------------------
// Outlet categories

export const CategoryView = ({ category: c, lookup }: { category: OutletCategory; lookup: EditionLookup }) => {
  const translate = useTranslate();
  const text = useText();
  const peopleText = usePeopleText();
  const deviceTotal = c.devices.reduce((sum, d) => sum + d.value, 0);
  return (
    <Box data-testid={`category-${c.code}`}>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {text(c.description)}
      </Typography>

      <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Fact label="std.fields.marketingStaffMin" testId="category-marketingStaffMin">
          {translate('std.at_least_people', { count: c.marketingStaffMin.value })}
          <PolicyChip policy={c.marketingStaffMin.policy} />
        </Fact>
        {c.salesServiceStaffMin && (
          <Fact label="std.fields.salesServiceStaffMin" testId="category-salesServiceStaffMin">
            {translate('std.at_least_people', { count: c.salesServiceStaffMin.value })}
            <PolicyChip policy={c.salesServiceStaffMin.policy} />
          </Fact>
        )}
        <Fact label="std.fields.lobbyStaffTotal" testId="category-lobbyStaffTotal">
          {peopleText(c.lobbyStaffTotal.value)}
          <PolicyChip policy={c.lobbyStaffTotal.policy} />
        </Fact>
      </Stack>

      <SectionTitle>{translate('std.fields.staffing')}</SectionTitle>
      <SmallTable head={['std.fields.position', 'std.fields.range', 'std.fields.policy', 'std.fields.note']} testId="category-staffing">
        {c.staffing.map((s) => (
          <TableRow key={s.position} data-testid={`staffing-${s.position}`}>
            <TableCell>{lookup.position(s.position)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{peopleText(s.value)}</TableCell>
            <TableCell><PolicyChip policy={s.policy} /></TableCell>
            <TableCell>{text(s.note)}</TableCell>
          </TableRow>
        ))}
      </SmallTable>

      <SectionTitle>{translate('std.fields.devices')}</SectionTitle>
      {c.devices.length ? (
        <Box data-testid="category-devices">
          <Typography variant="body2" component="div">
            {c.devices.map((d, i) => (
              <Box component="span" key={d.deviceType} sx={{ whiteSpace: 'nowrap' }}>
                {i > 0 && ' + '}
                {lookup.device(d.deviceType)} {d.value}
                <PolicyChip policy={d.policy} />
              </Box>
            ))}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('std.category.device_formula', { formula: c.devices.map((d) => d.value).join('+'), total: deviceTotal })}
          </Typography>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">{translate('std.category.no_devices')}</Typography>
      )}

      <SectionTitle>{translate('std.fields.smartDevices')}</SectionTitle>
      {c.smartDevices?.value.length ? (
        <Box data-testid="category-smartDevices">
          {c.smartDevices.value.map((code) => (
            <CodeChip key={code} code={code} label={lookup.device(code)} />
          ))}
          <PolicyChip policy={c.smartDevices.policy} />
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">{translate('std.category.no_smart_devices')}</Typography>
      )}

      <SectionTitle>{translate('std.fields.zones')}</SectionTitle>
      <SmallTable head={['std.fields.zone', 'std.fields.requirement', 'std.fields.policy', 'std.fields.note']} testId="category-zones">
        {c.zones.map((z) => (
          <TableRow key={z.zone} data-testid={`zone-requirement-${z.zone}`}>
            <TableCell>{lookup.zone(z.zone)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={z.value === 'REQUIRED' ? 'primary' : 'default'}
                variant={z.value === 'REQUIRED' ? 'filled' : 'outlined'}
                label={translate(`std.zone_requirements.${z.value}`)}
                sx={{ height: 20, fontSize: '0.7rem' }}
              />
            </TableCell>
            <TableCell><PolicyChip policy={z.policy} /></TableCell>
            <TableCell>{text(z.note)}</TableCell>
          </TableRow>
        ))}
      </SmallTable>

      <SectionTitle>{translate('std.fields.outboundMarketing')}</SectionTitle>
      <Typography variant="body2" data-testid="category-outboundMarketing">
        {text(c.outboundMarketing.value)}
        <PolicyChip policy={c.outboundMarketing.policy} />
      </Typography>

      {c.notes.length > 0 && (
        <>
          <SectionTitle>{translate('std.fields.notes')}</SectionTitle>
          {c.notes.map((n, i) => (
            <Alert key={i} severity="info" variant="outlined" sx={{ mb: 1, py: 0 }} data-testid="category-note">
              {text(n)}
            </Alert>
          ))}
        </>
      )}
    </Box>
  );
};

// ---------------------------------------------------------------------------
// Positions

export const PositionView = ({ position: p, lookup }: { position: Position; lookup: EditionLookup }) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <Box data-testid={`position-${p.code}`}>
      {p.summary && <Typography variant="body2" sx={{ mt: 1 }}>{text(p.summary)}</Typography>}
      <Stack direction="row" sx={{ mt: 1.5, flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Fact label="std.fields.kind">{translate(`std.position_kinds.${p.kind}`)}</Fact>
        {p.reportsTo && (
          <Fact label="std.fields.reportsTo">
            {p.reportsTo === 'UPPER_BRANCH' ? translate('std.position.upper_branch') : lookup.position(p.reportsTo)}
          </Fact>
        )}
      </Stack>
      {p.duties.value.length > 0 && (
        <>
          <SectionTitle>
            {translate('std.fields.duties')}
            <PolicyChip policy={p.duties.policy} />
          </SectionTitle>
          <TextList items={p.duties.value} />
        </>
      )}
      {p.capabilities.length > 0 && (
        <>
          <SectionTitle>{translate('std.fields.capabilities')}</SectionTitle>
          <TextList items={p.capabilities} />
        </>
      )}
    </Box>
  );
};

// ---------------------------------------------------------------------------
// Zones

export const ZoneView = ({ zone: z, lookup }: { zone: Zone; lookup: EditionLookup }) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <Box data-testid={`zone-${z.code}`}>
      <Typography variant="body2" sx={{ mt: 1 }}>{text(z.purpose)}</Typography>
      {z.principles.length > 0 && (
        <>
          <SectionTitle>{translate('std.fields.principles')}</SectionTitle>
          <TextList items={z.principles} />
        </>
      )}
      <SectionTitle>{translate('std.fields.positions')}</SectionTitle>
      <Box>
        {z.positions.map((code) => (
          <CodeChip key={code} code={code} label={lookup.position(code)} />
        ))}
      </Box>
      <SectionTitle>
        {translate('std.fields.equipment')}
        <PolicyChip policy={z.equipment.policy} />
      </SectionTitle>
      <Box>
        {z.equipment.value.map((e) => (
          <CodeChip key={e.code} code={e.code} label={text(e.name)} />
        ))}
      </Box>
    </Box>
  );
};

// ---------------------------------------------------------------------------
// Device types and classifiers: tables

export const DeviceTypesTable = ({ items, actions }: { items: DeviceType[]; actions?: (d: DeviceType) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <SmallTable head={['std.fields.code', 'std.fields.name', 'std.fields.kind', ...(actions ? [''] : [])]} testId="device-types">
      {items.map((d) => (
        <TableRow key={d.code} data-testid={`device-type-${d.code}`}>
          <TableCell sx={{ fontFamily: 'monospace' }}>{d.code}</TableCell>
          <TableCell><Bilingual text={d.name} /></TableCell>
          <TableCell>{translate(`std.device_kinds.${d.kind}`)}</TableCell>
          {actions && <TableCell align="right">{actions(d)}</TableCell>}
        </TableRow>
      ))}
    </SmallTable>
  );
};

export const ClassifiersTable = ({ items, actions }: { items: Classifier[]; actions?: (c: Classifier) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <SmallTable head={['std.fields.kind', 'std.fields.code', 'std.fields.name', ...(actions ? [''] : [])]} testId="classifiers">
      {items.map((c) => (
        <TableRow key={`${c.kind}/${c.code}`} data-testid={`classifier-${c.kind}-${c.code}`}>
          <TableCell>{translate(`std.classifier_kinds.${c.kind}`)}</TableCell>
          <TableCell sx={{ fontFamily: 'monospace' }}>{c.code}</TableCell>
          <TableCell><Bilingual text={c.name} /></TableCell>
          {actions && <TableCell align="right">{actions(c)}</TableCell>}
        </TableRow>
      ))}
    </SmallTable>
  );
};

// ---------------------------------------------------------------------------
// Customer tiers

export const TierView = ({ tier: t, lookup }: { tier: CustomerTier; lookup: EditionLookup }) => {
  const translate = useTranslate();
  const text = useText();
  const money = useMoneyText();
  const thresholds = [t.assetsFrom, t.assetsBelow, t.personalLoansFrom].filter((m) => m != null);
  const hasThreshold = thresholds.length > 0;
  // Each threshold carries its policy; the seeded tiers give all of a tier's thresholds the same one, shown once.
  const policies = [...new Set(thresholds.map((m) => m.policy))];
  let assets = '';
  if (t.assetsFrom && t.assetsBelow) assets = translate('std.tier.assets_between', { from: money(t.assetsFrom.value), below: money(t.assetsBelow.value) });
  else if (t.assetsFrom) assets = translate('std.tier.assets_from', { from: money(t.assetsFrom.value) });
  else if (t.assetsBelow) assets = translate('std.tier.assets_below', { below: money(t.assetsBelow.value) });
  return (
    <Box data-testid={`tier-${t.code}`}>
      <Typography variant="body2" sx={{ mt: 1 }}>{text(t.rule)}</Typography>
      <Stack direction="row" sx={{ mt: 1.5, flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Fact label="std.tier.thresholds" testId="tier-thresholds">
          {hasThreshold ? (
            <>
              {assets}
              {assets && t.personalLoansFrom ? translate('std.tier.or') : ''}
              {t.personalLoansFrom ? translate('std.tier.loans_from', { from: money(t.personalLoansFrom.value) }) : ''}
            </>
          ) : (
            <Typography variant="body2" color="text.secondary" component="span">{translate('std.tier.no_threshold')}</Typography>
          )}
          {policies.map((p) => <PolicyChip key={p} policy={p} />)}
        </Fact>
      </Stack>
      {t.thresholdPolicyReason && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {text(t.thresholdPolicyReason)}
        </Typography>
      )}
      <SectionTitle>{translate('std.fields.principle')}</SectionTitle>
      <Typography variant="body2">{text(t.principle)}</Typography>
      <SectionTitle>{translate('std.tier.served_by')}</SectionTitle>
      <Box data-testid="tier-positions">
        {t.positions.map((code) => (
          <CodeChip key={code} code={code} label={lookup.position(code)} />
        ))}
      </Box>
      <SectionTitle>{translate('std.tier.served_in')}</SectionTitle>
      <Box data-testid="tier-zones">
        {t.zones.map((code) => (
          <CodeChip key={code} code={code} label={lookup.zone(code)} color="primary" />
        ))}
      </Box>
    </Box>
  );
};

// ---------------------------------------------------------------------------
// Service rules

export const ParameterValue = ({ parameter: p }: { parameter: RuleParameter }) => {
  const text = useText();
  const rangeText = useRangeText();
  const money = useMoneyText();
  const unit = useUnitText();
  // The object type names the parameter's type, and with it the one value field the fragment reads (kinds.ts).
  switch (p.__typename) {
    case 'IntParameter':
      return <span>{p.intValue} {unit(p.unit)}</span>;
    case 'RangeParameter':
      return <span>{rangeText(p.range)} {unit(p.unit)}</span>;
    case 'MoneyParameter':
      return <span>{money(p.money)}</span>;
    case 'CodeListParameter':
      return (
        <Box>
          {p.codes.map((c) => (
            <CodeChip key={c.code} code={c.code} label={text(c.label)} />
          ))}
        </Box>
      );
    case 'TextListParameter':
      return <TextList items={p.texts} />;
    default:
      return null;
  }
};

export const RuleView = ({ rule: r }: { rule: ServiceRule }) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <Box data-testid={`rule-${r.code}`}>
      <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-line' }}>{text(r.text)}</Typography>
      {r.parameters.length > 0 && (
        <>
          <SectionTitle>{translate('std.fields.parameters')}</SectionTitle>
          <SmallTable head={['std.fields.name', 'std.fields.value', 'std.fields.policy']} testId="rule-parameters">
            {r.parameters.map((p) => (
              <TableRow key={p.code} data-testid={`parameter-${p.code}`}>
                <TableCell sx={{ width: '28%' }}>
                  <Bilingual text={p.name} />
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>
                    {p.code} · {translate(`std.parameter_types.${p.type}`)}
                  </Typography>
                </TableCell>
                <TableCell><ParameterValue parameter={p} /></TableCell>
                <TableCell><PolicyChip policy={p.policy} /></TableCell>
              </TableRow>
            ))}
          </SmallTable>
        </>
      )}
    </Box>
  );
};

/** The chips in a rule card's title: category and core flag. */
export const RuleChips = ({ rule: r }: { rule: ServiceRule }) => {
  const translate = useTranslate();
  return (
    <>
      <Chip size="small" variant="outlined" label={translate(`std.rule_categories.${r.category}`)} sx={{ ml: 1, height: 20, fontSize: '0.7rem', verticalAlign: 'middle' }} />
      {r.core && (
        <Chip size="small" color="error" label={translate('std.rule.core')} data-testid="rule-core" sx={{ ml: 0.5, height: 20, fontSize: '0.7rem', verticalAlign: 'middle' }} />
      )}
    </>
  );
};
