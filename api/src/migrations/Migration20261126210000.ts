import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications: follows (of a thread, a case, a network's space or a saved search), saved searches,
 * in-app notifications (one per recipient and event), email preferences, and the key that signs
 * unsubscribe links.
 */
export class Migration20261126210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('MENTION', 'REPLY', 'NEW_THREAD_ON_CASE', 'NEW_POST_IN_FOLLOWED', 'CURATION_DECISION', 'SAVED_SEARCH_MATCH');`);
    this.addSql(`create type "follow_target_kind" as enum ('THREAD', 'CASE', 'NETWORK_SPACE', 'SAVED_SEARCH');`);
    this.addSql(`create type "email_delivery" as enum ('IMMEDIATE', 'DAILY_DIGEST', 'OFF');`);

    this.addSql(`create table "saved_searches" ("id" uuid not null, "user_id" uuid not null, "name" varchar(120) not null, "query" varchar(500) not null default '', "filters" jsonb not null default '{}', "created_at" timestamptz not null default now(), constraint "saved_searches_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_searches_user_id_created_at_index" on "saved_searches" ("user_id", "created_at");`);
    this.addSql(`alter table "saved_searches" add constraint "saved_searches_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    // target_id names a thread, a case, a network or a saved search: no foreign key; deleting a saved search deletes its follows.
    this.addSql(`create table "follows" ("id" uuid not null, "user_id" uuid not null, "target_kind" "follow_target_kind" not null, "target_id" uuid not null, "created_at" timestamptz not null default now(), constraint "follows_pkey" primary key ("id"));`);
    this.addSql(`alter table "follows" add constraint "follows_user_id_target_id_unique" unique ("user_id", "target_id");`);
    // The fan-out finds the followers of a target.
    this.addSql(`create index "follows_target_id_index" on "follows" ("target_id");`);
    this.addSql(`alter table "follows" add constraint "follows_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "notifications" ("id" uuid not null, "recipient_id" uuid not null, "kind" "notification_kind" not null, "event_key" varchar(200) not null, "actor_id" uuid null, "network_id" uuid null, "members_only" boolean not null default false, "thread_id" uuid null, "post_id" uuid null, "case_id" uuid null, "saved_search_id" uuid null, "followed_target_id" uuid null, "title" varchar(300) not null, "summary" varchar(600) not null default '', "link" varchar(500) not null, "read_at" timestamptz null, "created_at" timestamptz not null default date_trunc('milliseconds', now()), "emailed_at" timestamptz null, "digested_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    // One notification per recipient and event, however often the fan-out job runs.
    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_event_key_unique" unique ("recipient_id", "event_key");`);
    // The list pages newest first by (created_at, id); the bell counts unread ones; the digest finds what it has not sent.
    this.addSql(`create index "notifications_recipient_id_created_at_id_index" on "notifications" ("recipient_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "notifications_unread_index" on "notifications" ("recipient_id") where "read_at" is null;`);
    this.addSql(`create index "notifications_undigested_index" on "notifications" ("recipient_id") where "digested_at" is null and "emailed_at" is null;`);
    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notifications" add constraint "notifications_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_case_id_foreign" foreign key ("case_id") references "case_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_saved_search_id_foreign" foreign key ("saved_search_id") references "saved_searches" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "notification_preferences" ("user_id" uuid not null, "email" "email_delivery" not null default 'IMMEDIATE', "muted_kinds" text[] not null default '{}', "updated_at" timestamptz not null default now(), constraint "notification_preferences_pkey" primary key ("user_id"));`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    // The HMAC key of unsubscribe links: one per database, from PostgreSQL's strong random source (244 bits).
    this.addSql(`create table "notification_settings" ("id" smallint not null default 1, "unsubscribe_key" text not null, constraint "notification_settings_pkey" primary key ("id"), constraint notification_settings_one_row check ("id" = 1));`);
    this.addSql(`insert into "notification_settings" ("id", "unsubscribe_key") values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));`);
  }

  override async down(): Promise<void> {
    for (const table of ['notification_settings', 'notification_preferences', 'notifications', 'follows', 'saved_searches']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    for (const type of ['email_delivery', 'follow_target_kind', 'notification_kind']) this.addSql(`drop type if exists "${type}";`);
  }
}
