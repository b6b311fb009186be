import { SearchBox } from './search-box';

/**
 * The search box as a plain GET form to /search (`q`), enhanced with suggestions when JavaScript runs.
 * `hidden` carries choices the box should keep (the sort order); `id` lets the facet checkboxes elsewhere
 * on the page join this form through their `form` attribute.
 */
export function SearchBar({
  id,
  inputId,
  defaultValue = '',
  label = 'Search cases',
  hidden = {},
}: {
  id?: string;
  inputId: string;
  defaultValue?: string;
  label?: string;
  hidden?: Record<string, string | null>;
}) {
  return (
    <form id={id} className="search-bar" role="search" method="get" action="/search" aria-label="Cases">
      <label className="search-bar__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="search-bar__row">
        <SearchBox id={inputId} name="q" defaultValue={defaultValue} placeholder="City, topic or practice, e.g. participatory budgeting" />
        {Object.entries(hidden).map(([name, value]) => value !== null && <input key={name} type="hidden" name={name} value={value} />)}
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
