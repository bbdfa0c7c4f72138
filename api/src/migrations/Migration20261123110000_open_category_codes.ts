import { Migration } from '@mikro-orm/migrations';

/**
 * Outlet categories are edition content: a new edition may add one. An
 * outlet's category is therefore checked against the edition in force when
 * it is written (org-unit service, rule `category-in-edition`), not by a
 * fixed list in the database.
 */
export class Migration20261123110000_open_category_codes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint if exists "org_unit_category_check";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" add constraint "org_unit_category_check" check ("category" in ('LARGE_FULL_FUNCTION', 'MEDIUM_FULL_FUNCTION', 'GENERAL'));`);
  }

}
