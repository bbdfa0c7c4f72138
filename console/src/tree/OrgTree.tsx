import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Alert, Box, CircularProgress, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { SimpleTreeView } from '@mui/x-tree-view/SimpleTreeView';
import { TreeItem } from '@mui/x-tree-view/TreeItem';
import { Link, useCreatePath, useDataProvider, useStore, useTranslate } from 'react-admin';
import { describeApiError } from '../apiErrors';
import { RESOURCES, useCan } from '../auth/permissions';
import type { ConsoleDataProvider } from '../dataProvider';
import { LevelChip, RESOURCE, useLocalizedName } from '../resources/org-units/fields';
import { createChildPath } from '../resources/org-units/AddChildButton';
import { childLevelOf, type OrgUnitSummary } from '../types';

const PLACEHOLDER_SUFFIX = '::placeholder';

interface TreeState {
  /** every unit seen so far, by code */
  units: Record<string, OrgUnitSummary>;
  /** child codes by parent code, once loaded */
  children: Record<string, string[]>;
  loading: Record<string, boolean>;
  errors: Record<string, string>;
}

const emptyState: TreeState = { units: {}, children: {}, loading: {}, errors: {} };

export interface OrgTreeProps {
  /** The unit the tree starts from: the signed-in user's own unit. */
  rootCode: string;
}

/**
 * The organization as a tree that loads each unit's children the first time
 * it is expanded. Expanded units are remembered (per root) across page visits.
 */
export const OrgTree = ({ rootCode }: OrgTreeProps) => {
  const translate = useTranslate();
  // Through react-admin, so an ended session signs the user out here too.
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [state, setState] = useState<TreeState>(emptyState);
  const [rootError, setRootError] = useState<string | null>(null);
  const [rootLoaded, setRootLoaded] = useState(false);
  const [expanded, setExpanded] = useStore<string[]>(`orgTree.${rootCode}.expanded`, [rootCode]);
  const requested = useRef(new Set<string>());

  const loadChildren = useCallback(
    (code: string) => {
      if (code.endsWith(PLACEHOLDER_SUFFIX) || requested.current.has(code)) return;
      requested.current.add(code);
      setState((s) => ({ ...s, loading: { ...s.loading, [code]: true } }));
      dataProvider.getTreeChildren(code).then(
        (answer) => {
          // After a sign-out react-admin answers with an empty stand-in: ignore it.
          const kids = Array.isArray(answer) ? answer : [];
          setState((s) => {
            const units = { ...s.units };
            for (const k of kids) units[k.code] = k;
            const { [code]: _l, ...loading } = s.loading;
            const { [code]: _e, ...errors } = s.errors;
            return { units, children: { ...s.children, [code]: kids.map((k) => k.code) }, loading, errors };
          });
        },
        (err: unknown) => {
          requested.current.delete(code);
          setState((s) => {
            const { [code]: _l, ...loading } = s.loading;
            return { ...s, loading, errors: { ...s.errors, [code]: describeApiError(translate, err) } };
          });
        },
      );
    },
    [translate, dataProvider],
  );

  // Load the root, then the children of every unit that was left expanded.
  useEffect(() => {
    let cancelled = false;
    requested.current.clear();
    setState(emptyState);
    setRootLoaded(false);
    setRootError(null);
    dataProvider.getTreeRoot(rootCode).then(
      (root) => {
        if (cancelled) return;
        if (!root?.code) {
          setRootError(translate('app.tree.root_missing', { code: rootCode }));
          return;
        }
        setState((s) => ({ ...s, units: { ...s.units, [root.code]: root } }));
        setRootLoaded(true);
      },
      (err: unknown) => !cancelled && setRootError(describeApiError(translate, err)),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootCode]);

  useEffect(() => {
    if (!rootLoaded) return;
    for (const code of expanded) {
      const unit = state.units[code];
      if (unit && (unit.childCount ?? 0) > 0) loadChildren(code);
    }
  }, [rootLoaded, expanded, state.units, loadChildren]);

  const handleExpandedItemsChange = (_event: unknown, itemIds: string[]) => {
    setExpanded(itemIds.filter((id) => !id.endsWith(PLACEHOLDER_SUFFIX)));
  };

  if (rootError) return <Alert severity="error">{rootError}</Alert>;
  if (!rootLoaded) return <CircularProgress size={24} sx={{ m: 2 }} />;

  return (
    <SimpleTreeView
      aria-label={translate('app.tree.title')}
      expandedItems={expanded}
      onExpandedItemsChange={handleExpandedItemsChange}
      onItemExpansionToggle={(_e, itemId, isExpanded) => isExpanded && loadChildren(itemId)}
      expansionTrigger="iconContainer"
      disableSelection
      data-testid="org-tree"
    >
      <OrgTreeNode code={rootCode} state={state} />
    </SimpleTreeView>
  );
};

const OrgTreeNode = ({ code, state }: { code: string; state: TreeState }) => {
  const unit = state.units[code];
  const translate = useTranslate();
  if (!unit) return null;
  const childCodes = state.children[code];
  const hasChildren = (unit.childCount ?? 0) > 0;
  const error = state.errors[code];

  let content: React.ReactNode = null;
  if (childCodes) {
    content = childCodes.map((c) => <OrgTreeNode key={c} code={c} state={state} />);
  } else if (hasChildren) {
    // A stand-in child so the expand arrow shows before the children are loaded.
    content = (
      <TreeItem
        itemId={`${code}${PLACEHOLDER_SUFFIX}`}
        disabled
        label={
          <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ py: 0.5 }}>
            {error ? `${translate('app.tree.load_failed')}: ${error}` : translate('app.tree.loading')}
          </Typography>
        }
      />
    );
  }

  return (
    <TreeItem
      itemId={code}
      label={<OrgTreeLabel unit={unit} />}
      data-testid={`tree-item-${code}`}
      slotProps={{ iconContainer: { 'data-testid': `tree-toggle-${code}` } as object }}
    >
      {content}
    </TreeItem>
  );
};

const stop = (e: MouseEvent) => e.stopPropagation();

const OrgTreeLabel = ({ unit }: { unit: OrgUnitSummary }) => {
  const pick = useLocalizedName();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const closed = unit.status === 'CLOSED';
  const mayAddChild = useCan('add-child', RESOURCES.orgUnits, unit);
  const canAddChild = mayAddChild && !closed && childLevelOf(unit.level) != null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25, minHeight: 30 }}>
      <Link
        to={createPath({ resource: RESOURCE, id: unit.code, type: 'show' })}
        onClick={stop}
        data-testid={`tree-link-${unit.code}`}
        sx={{ color: closed ? 'text.disabled' : 'text.primary', textDecoration: closed ? 'line-through' : 'none', '&:hover': { textDecoration: 'underline' } }}
      >
        {pick(unit.name)}
      </Link>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {unit.code}
      </Typography>
      <LevelChip level={unit.level} />
      {closed && (
        <Typography component="span" variant="caption" color="text.disabled">
          {translate('app.tree.closed')}
        </Typography>
      )}
      {canAddChild && (
        <Tooltip title={translate('app.tree.add_child')}>
          <IconButton
            size="small"
            component={Link}
            to={createChildPath(createPath, unit)}
            onClick={stop}
            aria-label={translate('app.tree.add_child')}
            data-testid={`tree-add-child-${unit.code}`}
            sx={{ ml: 'auto', opacity: 0.6, '&:hover': { opacity: 1 } }}
          >
            <AddIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
};
