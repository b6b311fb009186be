import { Migration } from '@mikro-orm/migrations';

/**
 * Open data: each network's licence (an SPDX id, CC BY 4.0 by default); cards linked as translations of each
 * other (a shared group id); cards' ids in the source they were imported from (unique per network).
 */
export class Migration20261126220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "networks" add column "licence" varchar(32) not null default 'CC-BY-4.0';`);

    this.addSql(`alter table "case_cards" add column "translation_group" uuid null, add column "external_id" varchar(200) null;`);
    // Only grouped cards are looked up by group.
    this.addSql(`create index "case_cards_translation_group_index" on "case_cards" ("translation_group") where "translation_group" is not null;`);
    // Imports find a card again by its external id; cards without one are many (nulls are distinct).
    this.addSql(`alter table "case_cards" add constraint "case_cards_network_id_external_id_unique" unique ("network_id", "external_id");`);
    // The Atom feed lists published cards by their last change.
    this.addSql(`create index "case_cards_status_updated_at_index" on "case_cards" ("status", "updated_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_cards_status_updated_at_index";`);
    this.addSql(`alter table "case_cards" drop constraint "case_cards_network_id_external_id_unique";`);
    this.addSql(`drop index "case_cards_translation_group_index";`);
    this.addSql(`alter table "case_cards" drop column "translation_group", drop column "external_id";`);
    this.addSql(`alter table "networks" drop column "licence";`);
  }
}
