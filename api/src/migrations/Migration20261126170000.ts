import { Migration } from '@mikro-orm/migrations';

/** Accounts and tenancy: users, sessions, emailed tokens, memberships with roles, invitations. */
export class Migration20261126170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "session_stage" as enum ('SECOND_FACTOR', 'SETUP_SECOND_FACTOR', 'ACTIVE');`);
    this.addSql(`create type "network_role" as enum ('COORDINATOR', 'EDITOR', 'MEMBER');`);
    this.addSql(`create type "email_token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL');`);
    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(120) not null, "password_hash" varchar(200) not null, "email_verified_at" timestamptz null, "is_platform_admin" boolean not null default false, "is_demo" boolean not null default false, "totp_secret" varchar(64) null, "totp_enabled_at" timestamptz null, "recovery_code_hashes" jsonb not null default '[]', "created_at" timestamptz not null default now(), constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "sessions" ("token_hash" varchar(64) not null, "user_id" uuid not null, "stage" "session_stage" not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "user_agent" varchar(300) not null default '', "failed_second_factor" smallint not null default 0, constraint "sessions_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "user_id" uuid not null, "network_id" uuid not null, "role" "network_role" not null, "created_at" timestamptz not null default now(), constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`create index "memberships_network_id_index" on "memberships" ("network_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_network_id_unique" unique ("user_id", "network_id");`);

    this.addSql(`create table "invitations" ("id" uuid not null, "network_id" uuid not null, "email" varchar(320) not null, "role" "network_role" not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "invitations_pkey" primary key ("id"));`);
    this.addSql(`create index "invitations_network_id_index" on "invitations" ("network_id");`);
    this.addSql(`create index "invitations_token_hash_index" on "invitations" ("token_hash");`);

    this.addSql(`create table "email_tokens" ("token_hash" varchar(64) not null, "user_id" uuid not null, "purpose" "email_token_purpose" not null, "new_email" varchar(320) null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "email_tokens_pkey" primary key ("token_hash"));`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitations" add constraint "invitations_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete set null;`);

    // rate-limiter-flexible's PostgreSQL store: one row per limited key, shared by every API process.
    this.addSql(`create table "rate_limits" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);

    this.addSql(`alter table "email_tokens" add constraint "email_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limits";`);
    for (const table of ['email_tokens', 'invitations', 'memberships', 'sessions', 'users']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    for (const type of ['session_stage', 'network_role', 'email_token_purpose']) this.addSql(`drop type if exists "${type}";`);
  }
}
