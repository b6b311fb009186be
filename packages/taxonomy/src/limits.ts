/** Limits shared by the API's validation and the web forms. */
export const LIMITS = {
  pageSizeMax: 100,
  pageSizeDefault: 20,
  titleMax: 200,
  summaryMax: 600,
  sectionMax: 20_000,
  filterValuesMax: 50,
  searchQueryMax: 500,
  suggestMax: 10,
  /** Deepest result a search pages to; past it, narrow the query. */
  searchOffsetMax: 10_000,
} as const;
