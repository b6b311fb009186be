import Link from 'next/link';
import type { ActiveFilter } from '../lib/search/facets';

/** The active filters as chips, each a link that removes it, and a link that clears them all. */
export function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (!filters.length) return null;
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">Active filters</h3>
      <ul className="chips">
        {filters.map((filter) => (
          <li key={`${filter.key}:${filter.value}`}>
            <Link className="chip" href={filter.href}>
              <span className="visually-hidden">Remove filter: </span>
              {filter.label}
              <span className="chip__remove" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="active-filters__clear" href={clearHref}>
        Clear all filters
      </Link>
    </div>
  );
}
