import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import type { ValidSearchFilters } from '../search/search-filters.js';

/**
 * The filters of a saved search, validated when saved: exactly a search's checked filters (cities as ids).
 * Searches saved before a filter existed lack it: read them over `NO_SAVED_FILTERS`.
 */
export type SavedFilters = ValidSearchFilters;

export const NO_SAVED_FILTERS: SavedFilters = {
  sdgs: [], regions: [], countries: [], networks: [], themes: [], ogpValues: [], languages: [], cities: [], yearFrom: null, yearTo: null,
};

/** A search (text and filters) kept by its owner; followed, it notifies of new published cards that match. */
@Entity({ tableName: 'saved_searches' })
@Index({ properties: ['user', 'createdAt'] })
export class SavedSearch {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** Web-search syntax, as typed. */
  @Property({ type: 'string', length: 500, default: '' })
  query: string & Opt = '';

  @Property({ type: 'json', default: '{}' })
  filters: SavedFilters & Opt = { ...NO_SAVED_FILTERS };

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
