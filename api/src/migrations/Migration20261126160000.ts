import { Migration } from '@mikro-orm/migrations';

/**
 * Search: the PostgreSQL engine's index. Text search configurations unaccent before stemming, so that
 * "Bogota" finds "Bogotá"; the lexicon holds every indexed word for typo correction (nearest words by pg_trgm's
 * distance through a GiST index, kept when fuzzystrmatch's edit distance allows one typo).
 */
export class Migration20261126160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists fuzzystrmatch;`);

    this.addSql(`create text search configuration casebook_simple (copy = simple);`);
    this.addSql(`alter text search configuration casebook_simple alter mapping for asciiword, asciihword, hword_asciipart, hword, hword_part, word with unaccent, simple;`);
    for (const language of ['english', 'spanish', 'french', 'portuguese']) {
      this.addSql(`create text search configuration casebook_${language} (copy = ${language});`);
      this.addSql(`alter text search configuration casebook_${language} alter mapping for hword, hword_part, word with unaccent, ${language}_stem;`);
    }

    this.addSql(`create table "search_documents" (
      "case_id" uuid primary key,
      "slug" text not null,
      "title" text not null,
      "summary" text not null,
      "challenge" text not null,
      "sections" text not null,
      "places" text not null,
      "organisations" text not null,
      "network_slug" text not null,
      "network_name" text not null,
      "language" text not null,
      "config" regconfig not null,
      "sdgs" smallint[] not null,
      "regions" text[] not null,
      "countries" text[] not null,
      "themes" text[] not null,
      "ogp_values" text[] not null,
      "year_started" smallint null,
      "published_at" timestamptz not null,
      "vec" tsvector not null,
      "suggest_vec" tsvector not null,
      "indexed_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "search_documents_vec" on "search_documents" using gin ("vec");`);
    this.addSql(`create index "search_documents_suggest_vec" on "search_documents" using gin ("suggest_vec");`);
    this.addSql(`create index "search_documents_newest" on "search_documents" ("published_at" desc, "case_id" desc);`);
    for (const column of ['sdgs', 'regions', 'countries', 'themes', 'ogp_values']) {
      this.addSql(`create index "search_documents_${column}" on "search_documents" using gin ("${column}");`);
    }
    this.addSql(`create index "search_documents_network_slug" on "search_documents" ("network_slug");`);
    this.addSql(`create index "search_documents_language" on "search_documents" ("language");`);

    this.addSql(`create table "search_lexicon" ("word" text primary key, "documents" int not null default 0);`);
    this.addSql(`create index "search_lexicon_trgm" on "search_lexicon" using gist ("word" gist_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_lexicon";`);
    this.addSql(`drop table if exists "search_documents";`);
    for (const language of ['simple', 'english', 'spanish', 'french', 'portuguese']) {
      this.addSql(`drop text search configuration if exists casebook_${language};`);
    }
  }
}
