import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000_org_units_and_audit } from './Migration20261123000000_org_units_and_audit.js';
import { Migration20261123010000_identity_and_api_tokens } from './Migration20261123010000_identity_and_api_tokens.js';
import { Migration20261123020000_standard_editions } from './Migration20261123020000_standard_editions.js';
import { Migration20261123030000_sign_in_throttle } from './Migration20261123030000_sign_in_throttle.js';
import { Migration20261123110000_open_category_codes } from './Migration20261123110000_open_category_codes.js';
import { Migration20261203100000_value_with_policy } from './Migration20261203100000_value_with_policy.js';
import { Migration20261203300000_approval_workflow } from './Migration20261203300000_approval_workflow.js';
import { Migration20261203310000_local_versions } from './Migration20261203310000_local_versions.js';
import { Migration20261203500000_outlet_plans } from './Migration20261203500000_outlet_plans.js';
import { Migration20261204100000_edition_approval } from './Migration20261204100000_edition_approval.js';
import { Migration20261204200000_local_items } from './Migration20261204200000_local_items.js';
import { Migration20261204400000_rollouts } from './Migration20261204400000_rollouts.js';
import { Migration20261205300000_compliance_tally } from './Migration20261205300000_compliance_tally.js';
import { Migration20261205400000_child_count } from './Migration20261205400000_child_count.js';

/**
 * Every migration, in order. Listed explicitly (not discovered by globbing)
 * so they load the same way under tsx, Vitest and a bundler. `npm run
 * migration:create` writes a new file; add it here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000_org_units_and_audit', class: Migration20261123000000_org_units_and_audit },
  { name: 'Migration20261123010000_identity_and_api_tokens', class: Migration20261123010000_identity_and_api_tokens },
  { name: 'Migration20261123020000_standard_editions', class: Migration20261123020000_standard_editions },
  { name: 'Migration20261123030000_sign_in_throttle', class: Migration20261123030000_sign_in_throttle },
  { name: 'Migration20261123110000_open_category_codes', class: Migration20261123110000_open_category_codes },
  { name: 'Migration20261203100000_value_with_policy', class: Migration20261203100000_value_with_policy },
  { name: 'Migration20261203300000_approval_workflow', class: Migration20261203300000_approval_workflow },
  { name: 'Migration20261203310000_local_versions', class: Migration20261203310000_local_versions },
  { name: 'Migration20261203500000_outlet_plans', class: Migration20261203500000_outlet_plans },
  { name: 'Migration20261204100000_edition_approval', class: Migration20261204100000_edition_approval },
  { name: 'Migration20261204200000_local_items', class: Migration20261204200000_local_items },
  { name: 'Migration20261204400000_rollouts', class: Migration20261204400000_rollouts },
  { name: 'Migration20261205300000_compliance_tally', class: Migration20261205300000_compliance_tally },
  { name: 'Migration20261205400000_child_count', class: Migration20261205400000_child_count },
];
