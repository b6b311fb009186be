import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126150528 } from './Migration20261126150528.js';
import { Migration20261126160000 } from './Migration20261126160000.js';
import { Migration20261126170000 } from './Migration20261126170000.js';
import { Migration20261126175000 } from './Migration20261126175000.js';
import { Migration20261126180000 } from './Migration20261126180000.js';
import { Migration20261126190000 } from './Migration20261126190000.js';
import { Migration20261126200000 } from './Migration20261126200000.js';
import { Migration20261126210000 } from './Migration20261126210000.js';
import { Migration20261126220000 } from './Migration20261126220000.js';
import { Migration20261126230000 } from './Migration20261126230000.js';
import { Migration20261127093000 } from './Migration20261127093000.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that the server, scripts and jest load
 * them the same way; a test checks that no file in this folder is missing from the list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126150528', class: Migration20261126150528 },
  { name: 'Migration20261126160000', class: Migration20261126160000 },
  { name: 'Migration20261126170000', class: Migration20261126170000 },
  { name: 'Migration20261126175000', class: Migration20261126175000 },
  { name: 'Migration20261126180000', class: Migration20261126180000 },
  { name: 'Migration20261126190000', class: Migration20261126190000 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261126210000', class: Migration20261126210000 },
  { name: 'Migration20261126220000', class: Migration20261126220000 },
  { name: 'Migration20261126230000', class: Migration20261126230000 },
  { name: 'Migration20261127093000', class: Migration20261127093000 },
];
