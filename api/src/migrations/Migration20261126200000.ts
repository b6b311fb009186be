import { Migration } from '@mikro-orm/migrations';

/**
 * Peer exchange, threads and moderation: threads (on a case or in a network's space), posts with their edit
 * history, flags, per-user read state, and per network: the space's visibility, blocked users and trusted
 * posters.
 */
export class Migration20261126200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "threads" ("id" uuid not null, "network_id" uuid not null, "case_id" uuid null, "title" varchar(200) not null, "members_only" boolean not null default false, "locked_at" timestamptz null, "locked_by_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "last_activity_at" timestamptz not null default now(), "reply_count" int not null default 0, constraint "threads_pkey" primary key ("id"), constraint threads_reply_count_check check (reply_count >= 0));`);
    // Lists page by last activity, newest first: a network's space, and a case's threads.
    this.addSql(`create index "threads_network_id_last_activity_at_id_index" on "threads" ("network_id", "last_activity_at", "id");`);
    this.addSql(`create index "threads_case_id_last_activity_at_id_index" on "threads" ("case_id", "last_activity_at", "id");`);
    this.addSql(`alter table "threads" add constraint "threads_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "threads" add constraint "threads_case_id_foreign" foreign key ("case_id") references "case_cards" ("id") on update cascade on delete cascade;`);
    for (const column of ['locked_by_id', 'created_by_id']) {
      this.addSql(`alter table "threads" add constraint "threads_${column}_foreign" foreign key ("${column}") references "users" ("id") on update cascade on delete set null;`);
    }

    this.addSql(`create table "posts" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid null, "parent_id" uuid null, "body" text not null, "body_html" text not null, "hidden_at" timestamptz null, "hidden_by_id" uuid null, "deleted_at" timestamptz null, "deleted_by_id" uuid null, "created_at" timestamptz not null default now(), "edited_at" timestamptz null, constraint "posts_pkey" primary key ("id"));`);
    // A thread's page: posts in the order they were written.
    this.addSql(`create index "posts_thread_id_created_at_id_index" on "posts" ("thread_id", "created_at", "id");`);
    this.addSql(`alter table "posts" add constraint "posts_thread_id_foreign" foreign key ("thread_id") references "threads" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "posts" add constraint "posts_parent_id_foreign" foreign key ("parent_id") references "posts" ("id") on update cascade on delete set null;`);
    for (const column of ['author_id', 'hidden_by_id', 'deleted_by_id']) {
      this.addSql(`alter table "posts" add constraint "posts_${column}_foreign" foreign key ("${column}") references "users" ("id") on update cascade on delete set null;`);
    }

    this.addSql(`create table "post_revisions" ("id" uuid not null, "post_id" uuid not null, "body" text not null, "edited_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "post_revisions_pkey" primary key ("id"));`);
    this.addSql(`create index "post_revisions_post_id_created_at_index" on "post_revisions" ("post_id", "created_at");`);
    this.addSql(`alter table "post_revisions" add constraint "post_revisions_post_id_foreign" foreign key ("post_id") references "posts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_revisions" add constraint "post_revisions_edited_by_id_foreign" foreign key ("edited_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "post_flags" ("id" uuid not null, "post_id" uuid not null, "flagger_id" uuid not null, "reason" varchar(500) not null, "created_at" timestamptz not null default now(), "resolved_at" timestamptz null, "resolved_by_id" uuid null, constraint "post_flags_pkey" primary key ("id"));`);
    this.addSql(`alter table "post_flags" add constraint "post_flags_post_id_flagger_id_unique" unique ("post_id", "flagger_id");`);
    // The moderation queue reads open flags, oldest first.
    this.addSql(`create index "post_flags_open_index" on "post_flags" ("created_at") where "resolved_at" is null;`);
    this.addSql(`alter table "post_flags" add constraint "post_flags_post_id_foreign" foreign key ("post_id") references "posts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_flags" add constraint "post_flags_flagger_id_foreign" foreign key ("flagger_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_flags" add constraint "post_flags_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "thread_reads" ("id" uuid not null, "thread_id" uuid not null, "user_id" uuid not null, "last_read_at" timestamptz not null, constraint "thread_reads_pkey" primary key ("id"));`);
    this.addSql(`alter table "thread_reads" add constraint "thread_reads_thread_id_user_id_unique" unique ("thread_id", "user_id");`);
    this.addSql(`create index "thread_reads_user_id_index" on "thread_reads" ("user_id");`);
    this.addSql(`alter table "thread_reads" add constraint "thread_reads_thread_id_foreign" foreign key ("thread_id") references "threads" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "thread_reads" add constraint "thread_reads_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "network_spaces" ("id" uuid not null, "network_id" uuid not null, "members_only" boolean not null default false, "updated_at" timestamptz not null default now(), constraint "network_spaces_pkey" primary key ("id"));`);
    this.addSql(`alter table "network_spaces" add constraint "network_spaces_network_id_unique" unique ("network_id");`);
    this.addSql(`alter table "network_spaces" add constraint "network_spaces_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);

    for (const [table, by] of [['network_blocks', 'blocked_by_id'], ['trusted_posters', 'trusted_by_id']] as const) {
      this.addSql(`create table "${table}" ("id" uuid not null, "network_id" uuid not null, "user_id" uuid not null, "${by}" uuid null, "created_at" timestamptz not null default now(), constraint "${table}_pkey" primary key ("id"));`);
      this.addSql(`alter table "${table}" add constraint "${table}_network_id_user_id_unique" unique ("network_id", "user_id");`);
      this.addSql(`create index "${table}_user_id_index" on "${table}" ("user_id");`);
      this.addSql(`alter table "${table}" add constraint "${table}_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
      this.addSql(`alter table "${table}" add constraint "${table}_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
      this.addSql(`alter table "${table}" add constraint "${table}_${by}_foreign" foreign key ("${by}") references "users" ("id") on update cascade on delete set null;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['trusted_posters', 'network_blocks', 'network_spaces', 'thread_reads', 'post_flags', 'post_revisions', 'posts', 'threads']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
