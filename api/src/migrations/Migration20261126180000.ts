import { Migration } from '@mikro-orm/migrations';

/**
 * Curation: card authors and submissions, a pending edit per published card, revisions, reviews and the
 * per-network audit log.
 */
export class Migration20261126180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "pending_edit_state" as enum ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED');`);
    this.addSql(`create type "revision_kind" as enum ('CREATED', 'EDITED', 'EDIT_PROPOSED', 'EDIT_APPLIED');`);
    this.addSql(`create type "review_decision" as enum ('APPROVE', 'REQUEST_CHANGES', 'REJECT');`);
    this.addSql(`create type "review_target" as enum ('CARD', 'PENDING_EDIT');`);

    this.addSql(`alter table "case_cards" add column "author_id" uuid null, add column "submitted_at" timestamptz null, add column "pending_edit" jsonb null, add column "pending_edit_by_id" uuid null, add column "pending_edit_state" "pending_edit_state" null, add column "pending_edit_submitted_at" timestamptz null;`);
    this.addSql(`alter table "case_cards" add constraint "case_cards_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_cards" add constraint "case_cards_pending_edit_by_id_foreign" foreign key ("pending_edit_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "case_cards_author_id_index" on "case_cards" ("author_id");`);

    this.addSql(`create table "case_revisions" ("id" uuid not null, "card_id" uuid not null, "author_id" uuid null, "kind" "revision_kind" not null, "snapshot" jsonb not null, "changed_fields" text[] not null default '{}', "created_at" timestamptz not null default clock_timestamp(), constraint "case_revisions_pkey" primary key ("id"));`);
    this.addSql(`create index "case_revisions_card_id_created_at_index" on "case_revisions" ("card_id", "created_at");`);
    this.addSql(`alter table "case_revisions" add constraint "case_revisions_card_id_foreign" foreign key ("card_id") references "case_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_revisions" add constraint "case_revisions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "case_reviews" ("id" uuid not null, "card_id" uuid not null, "reviewer_id" uuid null, "decision" "review_decision" not null, "applies_to" "review_target" not null, "comment" text not null default '', "field_comments" jsonb not null default '{}', "created_at" timestamptz not null default clock_timestamp(), constraint "case_reviews_pkey" primary key ("id"));`);
    this.addSql(`create index "case_reviews_card_id_created_at_index" on "case_reviews" ("card_id", "created_at");`);
    this.addSql(`alter table "case_reviews" add constraint "case_reviews_card_id_foreign" foreign key ("card_id") references "case_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_reviews" add constraint "case_reviews_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "audit_events" ("id" uuid not null, "network_id" uuid not null, "actor_id" uuid null, "action" varchar(60) not null, "record_type" varchar(40) not null, "record_id" varchar(64) not null, "details" jsonb not null default '{}', "created_at" timestamptz not null default clock_timestamp(), constraint "audit_events_pkey" primary key ("id"));`);
    // The audit log pages newest first per network.
    this.addSql(`create index "audit_events_network_id_created_at_index" on "audit_events" ("network_id", "created_at" desc, "id" desc);`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    for (const table of ['audit_events', 'case_reviews', 'case_revisions']) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`alter table "case_cards" drop constraint if exists "case_cards_author_id_foreign", drop constraint if exists "case_cards_pending_edit_by_id_foreign";`);
    this.addSql(`drop index if exists "case_cards_author_id_index";`);
    this.addSql(`alter table "case_cards" drop column "author_id", drop column "submitted_at", drop column "pending_edit", drop column "pending_edit_by_id", drop column "pending_edit_state", drop column "pending_edit_submitted_at";`);
    for (const type of ['pending_edit_state', 'revision_kind', 'review_decision', 'review_target']) this.addSql(`drop type if exists "${type}";`);
  }
}
