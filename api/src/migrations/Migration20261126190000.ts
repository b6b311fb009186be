import { Migration } from '@mikro-orm/migrations';

/**
 * OGP commitments: action plans, commitments (linked to case cards), milestones, progress updates with
 * their revisions, independent assessments; and the cities a membership represents.
 */
export class Migration20261126190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "commitment_status" as enum ('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE');`);
    this.addSql(`create type "potential_results" as enum ('UNCLEAR', 'MODEST', 'SUBSTANTIAL');`);
    this.addSql(`create type "assessment_completion" as enum ('NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE');`);
    this.addSql(`create type "open_government_effect" as enum ('WORSENED', 'DID_NOT_CHANGE', 'MARGINAL', 'MAJOR', 'OUTSTANDING');`);

    this.addSql(`alter table "memberships" add column "city_ids" jsonb not null default '[]';`);

    this.addSql(`create table "action_plans" ("id" uuid not null, "network_id" uuid not null, "city_id" uuid not null, "title" varchar(200) not null, "period_start" date not null, "period_end" date not null, "document_url" varchar(2000) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "action_plans_pkey" primary key ("id"), constraint action_plans_period_check check (period_end >= period_start));`);
    this.addSql(`create index "action_plans_city_id_index" on "action_plans" ("city_id");`);
    this.addSql(`alter table "action_plans" add constraint "action_plans_network_id_city_id_title_unique" unique ("network_id", "city_id", "title");`);
    this.addSql(`alter table "action_plans" add constraint "action_plans_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_plans" add constraint "action_plans_city_id_foreign" foreign key ("city_id") references "cities" ("id") on update cascade;`);

    this.addSql(`create table "commitments" ("id" uuid not null, "network_id" uuid not null, "action_plan_id" uuid not null, "external_id" varchar(100) null, "title" varchar(200) not null, "problem" text not null default '', "description" text not null default '', "lead_institution" varchar(200) null, "partners" jsonb not null default '[]', "ogp_values" text[] not null default '{}', "sdgs" smallint[] not null default '{}', "themes" text[] not null default '{}', "status" "commitment_status" not null default 'NOT_STARTED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "commitments_pkey" primary key ("id"));`);
    this.addSql(`create index "commitments_action_plan_id_index" on "commitments" ("action_plan_id");`);
    // Lists page newest first by (created_at, id).
    this.addSql(`create index "commitments_created_at_id_index" on "commitments" ("created_at", "id");`);
    // Imports find a commitment again by its external id; several commitments may have none (nulls are distinct).
    this.addSql(`alter table "commitments" add constraint "commitments_network_id_external_id_unique" unique ("network_id", "external_id");`);
    this.addSql(`alter table "commitments" add constraint "commitments_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commitments" add constraint "commitments_action_plan_id_foreign" foreign key ("action_plan_id") references "action_plans" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "commitment_cases" ("commitment_id" uuid not null, "case_card_id" uuid not null, constraint "commitment_cases_pkey" primary key ("commitment_id", "case_card_id"));`);
    this.addSql(`alter table "commitment_cases" add constraint "commitment_cases_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commitment_cases" add constraint "commitment_cases_case_card_id_foreign" foreign key ("case_card_id") references "case_cards" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "milestones" ("id" uuid not null, "commitment_id" uuid not null, "title" varchar(200) not null, "due_date" date not null, "status" "commitment_status" not null default 'NOT_STARTED', "done_date" date null, "created_at" timestamptz not null default now(), constraint "milestones_pkey" primary key ("id"), constraint milestones_done_date_check check ((status = 'COMPLETE') = (done_date is not null)));`);
    this.addSql(`create index "milestones_commitment_id_due_date_index" on "milestones" ("commitment_id", "due_date");`);
    this.addSql(`alter table "milestones" add constraint "milestones_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "commitment_updates" ("id" uuid not null, "commitment_id" uuid not null, "author_id" uuid null, "body" text not null, "new_status" "commitment_status" null, "links" jsonb not null default '[]', "created_at" timestamptz not null default now(), "corrected_at" timestamptz null, constraint "commitment_updates_pkey" primary key ("id"));`);
    this.addSql(`create index "commitment_updates_commitment_id_created_at_index" on "commitment_updates" ("commitment_id", "created_at");`);
    this.addSql(`alter table "commitment_updates" add constraint "commitment_updates_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commitment_updates" add constraint "commitment_updates_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "commitment_update_milestones" ("commitment_update_id" uuid not null, "milestone_id" uuid not null, constraint "commitment_update_milestones_pkey" primary key ("commitment_update_id", "milestone_id"));`);
    this.addSql(`alter table "commitment_update_milestones" add constraint "commitment_update_milestones_commitment_update_id_foreign" foreign key ("commitment_update_id") references "commitment_updates" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commitment_update_milestones" add constraint "commitment_update_milestones_milestone_id_foreign" foreign key ("milestone_id") references "milestones" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "update_revisions" ("id" uuid not null, "update_id" uuid not null, "body" text not null, "edited_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "update_revisions_pkey" primary key ("id"));`);
    this.addSql(`create index "update_revisions_update_id_created_at_index" on "update_revisions" ("update_id", "created_at");`);
    this.addSql(`alter table "update_revisions" add constraint "update_revisions_update_id_foreign" foreign key ("update_id") references "commitment_updates" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "update_revisions" add constraint "update_revisions_edited_by_id_foreign" foreign key ("edited_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "assessments" ("id" uuid not null, "commitment_id" uuid not null, "assessor" varchar(200) not null, "assessed_on" date not null, "report_url" varchar(2000) null, "verifiable" boolean not null, "potential_results" "potential_results" not null, "completion" "assessment_completion" not null, "did_it_open_government" "open_government_effect" not null, "notes" text not null default '', "recorded_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "assessments_pkey" primary key ("id"));`);
    this.addSql(`create index "assessments_commitment_id_assessed_on_index" on "assessments" ("commitment_id", "assessed_on");`);
    this.addSql(`alter table "assessments" add constraint "assessments_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessments" add constraint "assessments_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    for (const table of ['assessments', 'update_revisions', 'commitment_update_milestones', 'commitment_updates', 'milestones', 'commitment_cases', 'commitments', 'action_plans']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`alter table "memberships" drop column "city_ids";`);
    for (const type of ['commitment_status', 'potential_results', 'assessment_completion', 'open_government_effect']) this.addSql(`drop type if exists "${type}";`);
  }
}
