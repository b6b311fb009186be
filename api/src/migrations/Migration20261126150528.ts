import { Migration } from '@mikro-orm/migrations';

export class Migration20261126150528 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "case_status" as enum ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED');`);
    this.addSql(`create table "cities" ("id" uuid not null, "name" varchar(200) not null, "country" varchar(2) not null, "region" varchar(40) null, "subregion" varchar(80) null, "latitude" double precision null, "longitude" double precision null, constraint "cities_pkey" primary key ("id"));`);
    this.addSql(`alter table "cities" add constraint "cities_name_country_unique" unique ("name", "country");`);

    this.addSql(`create table "networks" ("id" uuid not null, "slug" varchar(80) not null, "name" varchar(200) not null, "description" text not null default '', "website" varchar(500) null, "languages" text[] not null default '{}', "created_at" timestamptz not null default now(), constraint "networks_pkey" primary key ("id"));`);
    this.addSql(`alter table "networks" add constraint "networks_slug_unique" unique ("slug");`);

    this.addSql(`create table "case_cards" ("id" uuid not null, "slug" varchar(120) not null, "network_id" uuid not null, "title" varchar(200) not null, "summary" text not null default '', "challenge" text not null default '', "approach" text not null default '', "innovation" text not null default '', "open_government" text not null default '', "lessons" text not null default '', "sdgs" smallint[] not null default '{}', "themes" text[] not null default '{}', "ogp_values" text[] not null default '{}', "year_started" smallint null, "language" varchar(8) not null default 'en', "contacts" jsonb not null default '[]', "links" jsonb not null default '[]', "status" "case_status" not null default 'DRAFT', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "case_cards_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_cards" add constraint "case_cards_slug_unique" unique ("slug");`);
    this.addSql(`create index "case_cards_network_id_index" on "case_cards" ("network_id");`);
    this.addSql(`create index "case_cards_status_published_at_index" on "case_cards" ("status", "published_at");`);

    this.addSql(`create table "case_card_cities" ("id" serial primary key, "case_card_id" uuid not null, "city_id" uuid not null);`);

    // Filters on SDGs and themes use array overlap (&&), which GIN indexes serve.
    this.addSql(`create index "case_cards_sdgs_gin" on "case_cards" using gin ("sdgs");`);
    this.addSql(`create index "case_cards_themes_gin" on "case_cards" using gin ("themes");`);
    this.addSql(`create index "case_card_cities_case_card_id_index" on "case_card_cities" ("case_card_id");`);
    this.addSql(`create index "case_card_cities_city_id_index" on "case_card_cities" ("city_id");`);
    this.addSql(`create index "cities_region_index" on "cities" ("region");`);
    this.addSql(`create index "cities_country_index" on "cities" ("country");`);

    this.addSql(`alter table "case_cards" add constraint "case_cards_network_id_foreign" foreign key ("network_id") references "networks" ("id") on update cascade;`);

    this.addSql(`alter table "case_card_cities" add constraint "case_card_cities_case_card_id_foreign" foreign key ("case_card_id") references "case_cards" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_card_cities" add constraint "case_card_cities_city_id_foreign" foreign key ("city_id") references "cities" ("id") on update cascade on delete cascade;`);
  }

}
