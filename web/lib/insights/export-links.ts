import type { SearchParams } from '../cases/case-list-params';

/**
 * The filters of an export or feed link, as the API's open-data addresses read them: `q`, and `sdg`,
 * `region`, `country`, `network`, `theme`, each repeatable. Pure: the /data form and its tests use it.
 */
export const EXPORT_PARAMETERS = ['sdg', 'region', 'country', 'network', 'theme'] as const;
export type ExportParameter = (typeof EXPORT_PARAMETERS)[number];

export interface ExportFilters {
  q: string;
  values: Record<ExportParameter, string[]>;
}

function listOf(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // Blank values come from the form's "any" options.
  return [...new Set(list.map((value) => value.trim()).filter((value) => value !== ''))];
}

export function parseExportFilters(params: SearchParams): ExportFilters {
  const q = listOf(params, 'q')[0] ?? '';
  return { q, values: Object.fromEntries(EXPORT_PARAMETERS.map((key) => [key, listOf(params, key)])) as Record<ExportParameter, string[]> };
}

export function hasExportFilters(filters: ExportFilters): boolean {
  return filters.q !== '' || EXPORT_PARAMETERS.some((key) => filters.values[key].length > 0);
}

/** `?q=…&sdg=6&sdg=11…` in a stable order, or '' without filters. */
export function exportQueryString(filters: ExportFilters): string {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  for (const key of EXPORT_PARAMETERS) for (const value of filters.values[key]) search.append(key, value);
  const query = search.toString();
  return query ? `?${query}` : '';
}

export const DOWNLOADS = [
  { key: 'csv', path: '/export/cases.csv', type: 'text/csv' },
  { key: 'jsonl', path: '/export/cases.jsonl', type: 'application/x-ndjson' },
  { key: 'atom', path: '/feeds/cases.atom', type: 'application/atom+xml' },
] as const;

/** The export and feed addresses for these filters (paths on this web app, which proxies them to the API). */
export function exportLinks(filters: ExportFilters): Record<(typeof DOWNLOADS)[number]['key'], string> {
  const query = exportQueryString(filters);
  return Object.fromEntries(DOWNLOADS.map((download) => [download.key, `${download.path}${query}`])) as Record<(typeof DOWNLOADS)[number]['key'], string>;
}
