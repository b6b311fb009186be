import { Migration } from '@mikro-orm/migrations';

/**
 * The city filter and the map: each search document keeps its card's city ids (GIN-indexed for `&&`),
 * filled here from the cards already indexed so that no reindex is needed.
 */
export class Migration20261127093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "search_documents" add column "city_ids" uuid[] not null default '{}';`);
    this.addSql(`update "search_documents" d set "city_ids" = array(
      select cc."city_id" from "case_card_cities" cc where cc."case_card_id" = d."case_id" order by cc."id");`);
    this.addSql(`create index "search_documents_city_ids" on "search_documents" using gin ("city_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_documents_city_ids";`);
    this.addSql(`alter table "search_documents" drop column "city_ids";`);
  }
}
