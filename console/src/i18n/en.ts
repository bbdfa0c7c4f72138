import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { AppMessages } from './zh';

/** The console's own texts, in English. Same keys as appChinese in zh.ts. */
export const appEnglish: AppMessages = {
  app: {
    title: 'Outlet Standards Console',
    locale: { zh: '中文', en: 'English' },
    menu: {
      dashboard: 'Home',
      tree: 'Org tree',
    },
    dashboard: {
      title: 'Outlet Standards Console',
      intro:
        "This console keeps the bank's organization hierarchy: the head office oversees tier-one branches, each tier-one branch oversees tier-two branches or city-managing sub-branches, and those oversee the outlets. Standards are refined on the way down and outlet plans are approved on the way up, both along this tree.",
      counts: 'Open units by level',
      open_tree: 'Browse the org tree',
      open_list: 'Open the unit list',
      create: 'Add a unit',
    },
    tree: {
      title: 'Org tree',
      hint: 'Use the arrows to expand a unit; click a name to open its details.',
      loading: 'Loading…',
      load_failed: 'Could not load the units below',
      root_missing: 'Unit %{code} was not found',
      add_child: 'Add a unit under this one',
      closed: 'closed',
    },
    org_unit: {
      ancestors: 'Reports up to',
      children: 'Units below',
      no_children: 'No units below this one',
      add_child: 'Add unit below',
      parent_hint: 'Only units exactly one level up can be chosen',
      head_office_no_parent: 'The head office has no parent unit',
      choose_level_first: 'Choose a level first',
      closed_read_only: 'This unit is closed; its record stays as it was when it closed and can no longer be edited.',
      close: {
        button: 'Close unit',
        title: 'Close %{name}',
        content: 'A closed unit stays on record but no longer takes part in the business. Close it?',
        done: 'Unit closed',
        has_open_children: 'This unit still has open units below it',
      },
      move: {
        button: 'Move',
        title: 'Move %{name} under another unit',
        new_parent: 'New parent unit',
        submit: 'Move',
        done: 'Unit moved',
        parent_required: 'Choose the new parent unit',
      },
      sections: {
        basic: 'Basics',
        location: 'Location',
        audit: 'Record',
      },
    },
    validation: {
      code: 'Use 1-32 capital letters, digits, "_" or "-", starting with a letter or digit',
    },
    rules: {
      required: 'Required',
      'max-length': 'Too long',
      format: 'Use 1-32 capital letters, digits, "_" or "-", starting with a letter or digit',
      unique: 'Another unit already uses this code',
      'single-head-office': 'The bank has exactly one head office, and it exists already',
      'head-office-has-no-parent': 'The head office is at the top and has no parent',
      exists: 'No unit has this code',
      'parent-level': 'The parent must be exactly one level above this unit',
      'parent-open': 'That unit is closed; nothing can be placed under it',
      'tier-two-only': 'Only tier-two units have this',
      open: 'This unit is closed and can no longer change',
      'head-office-fixed': 'The head office is the root of the tree and cannot move',
      'different-parent': 'The unit is already under this parent',
      'no-open-units-below': 'Units below it are still open; close or move them first',
      'current-version': 'Someone else changed this record meanwhile; reload and try again',
    },
    errors: {
      VERSION_CONFLICT: 'Someone else changed this unit meanwhile. Reload the page and try again.',
      NOT_FOUND: 'This unit could not be found; it may have been moved or closed.',
      UNAUTHENTICATED: 'Please sign in first.',
      FORBIDDEN: "You don't have permission to do that.",
      unsupported: 'That operation is not supported',
      separator: '; ',
      colon: ': ',
    },
  },
  resources: {
    'org-units': {
      name: 'Org unit |||| Org units',
      fields: {
        id: 'Code',
        code: 'Code',
        name: 'Name',
        nameZh: 'Chinese name',
        nameEn: 'English name',
        level: 'Level',
        tierTwoKind: 'Tier-two kind',
        status: 'Status',
        city: 'City',
        address: 'Address',
        parentCode: 'Parent unit',
        childCount: 'Units below',
        closedAt: 'Closed at',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      levels: {
        HEAD_OFFICE: 'Head office',
        TIER_ONE_BRANCH: 'Tier-one branch',
        TIER_TWO_BRANCH: 'Tier-two branch',
        OUTLET: 'Outlet',
      },
      tierTwoKinds: {
        BRANCH: 'Tier-two branch',
        CITY_MANAGING_SUB_BRANCH: 'City-managing sub-branch',
      },
      statuses: {
        OPEN: 'Open',
        CLOSED: 'Closed',
      },
      search_placeholder: 'Code or name',
    },
  },
};

const messages: TranslationMessages = { ...englishMessages, ...appEnglish } as TranslationMessages;

export default messages;
