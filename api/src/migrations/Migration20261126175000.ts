import { Migration } from '@mikro-orm/migrations';

/**
 * Search speed: `rank_vec` (title and summary only) keeps ranking off the large, TOASTed full vector;
 * `facet_keys` ("sdgs:11", "regions:Europe", …) lets facet counts take one pass over the matches.
 */
export class Migration20261126175000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "search_documents" add column "rank_vec" tsvector not null default ''::tsvector, add column "facet_keys" text[] not null default '{}';`);
    this.addSql(`update "search_documents" set
      "rank_vec" = setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, summary), 'B')
        || setweight(to_tsvector('casebook_simple', title), 'A') || setweight(to_tsvector('casebook_simple', summary), 'B'),
      "facet_keys" = array(select 'sdgs:' || v from unnest(sdgs) v) || array(select 'regions:' || v from unnest(regions) v)
        || array(select 'countries:' || v from unnest(countries) v) || array['networks:' || network_slug]
        || array(select 'themes:' || v from unnest(themes) v) || array(select 'ogpValues:' || v from unnest(ogp_values) v)
        || array['languages:' || language];`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "search_documents" drop column "rank_vec", drop column "facet_keys";`);
  }
}
