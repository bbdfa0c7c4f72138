import { Migration } from '@mikro-orm/migrations';

/**
 * Head office's editions join the approval workflow: an edition keeps its
 * review (who submitted, who decided, the revision approved) and its
 * workflow state beside its DRAFT/PUBLISHED status, its steps go to
 * approval_event, and the database refuses a published edition that was not
 * approved.
 */
export class Migration20261204100000_edition_approval extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check("subject_type" in ('LOCAL_VERSION', 'OUTLET_PLAN', 'STANDARD_EDITION'));`);

    this.addSql(`alter table "standard_edition" add column "submitted_by_id" uuid null, add column "submitted_by" varchar(100) null, add column "submitted_at" timestamptz null, add column "decided_by" varchar(100) null, add column "decided_at" timestamptz null, add column "approval_state" text check ("approval_state" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null default 'DRAFT', add column "approved_revision" int null;`);

    // Editions published before the workflow existed were put in force by their
    // publisher: record them as approved by that person at their last revision.
    // Published rows are frozen by standard_edition_frozen, so the trigger is
    // off for this one backfill (inside the migration's transaction).
    this.addSql(`alter table "standard_edition" disable trigger "standard_edition_frozen";`);
    this.addSql(`update "standard_edition" set "approval_state" = 'APPROVED', "approved_revision" = "version", "decided_by" = "published_by", "decided_at" = "published_at" where "status" = 'PUBLISHED';`);
    this.addSql(`alter table "standard_edition" enable trigger "standard_edition_frozen";`);

    this.addSql(`alter table "standard_edition" add constraint "standard_edition_published_approved" check ("status" <> 'PUBLISHED' or "approval_state" = 'APPROVED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "standard_edition" drop constraint if exists "standard_edition_published_approved";`);
    this.addSql(`alter table "standard_edition" disable trigger "standard_edition_frozen";`);
    this.addSql(`alter table "standard_edition" drop column "submitted_by_id", drop column "submitted_by", drop column "submitted_at", drop column "decided_by", drop column "decided_at", drop column "approval_state", drop column "approved_revision";`);
    this.addSql(`alter table "standard_edition" enable trigger "standard_edition_frozen";`);
    this.addSql(`delete from "approval_event" where "subject_type" = 'STANDARD_EDITION';`);
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check ("subject_type" in ('LOCAL_VERSION', 'OUTLET_PLAN'));`);
  }

}
