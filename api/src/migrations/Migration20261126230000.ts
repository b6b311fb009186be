import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications in parts (what was done, to what, where), so that the web can word them in the reader's
 * language. Older rows keep nulls and are shown by their English `title`.
 */
export class Migration20261126230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "notification_verb" as enum ('THREAD_STARTED', 'POSTED', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED');`);
    this.addSql(`alter table "notifications" add column "headline" varchar(300) null, add column "context" varchar(300) null, add column "verb" "notification_verb" null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications" drop column "headline", drop column "context", drop column "verb";`);
    this.addSql(`drop type "notification_verb";`);
  }
}
