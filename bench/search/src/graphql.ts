/** A minimal GraphQL client over HTTP (Node's fetch keeps connections alive). */
export const SEARCH_QUERY = `query Search($input: SearchCasesInput) {
  searchCases(input: $input) {
    total tookMs engine suggestion
    hits { score highlights { field snippet } case { slug title } }
    facets {
      sdgs { value label count } regions { value label count } countries { value label count }
      networks { value label count } themes { value label count } ogpValues { value label count } languages { value label count }
    }
  }
}`;

export const TOTAL_QUERY = `query Total($input: SearchCasesInput) { searchCases(input: $input) { total } }`;

export interface SearchInput {
  query?: string;
  sdgs?: number[];
  regions?: string[];
  networks?: string[];
  first?: number;
}

export interface SearchResponse {
  total: number;
  tookMs: number;
  engine: string;
  suggestion: string | null;
  hits: { score: number; highlights: { field: string; snippet: string }[]; case: { slug: string; title: string } }[];
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

export class GraphqlClient {
  constructor(private readonly url: string) {}

  async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    return body.data;
  }

  /** The full search (hits with highlights and all facet counts), timed on the client. */
  async search(input: SearchInput): Promise<{ result: SearchResponse; ms: number }> {
    const started = performance.now();
    const data = await this.request<{ searchCases: SearchResponse }>(SEARCH_QUERY, { input: { first: 20, ...input } });
    return { result: data.searchCases, ms: performance.now() - started };
  }

  async total(query: string): Promise<number> {
    const data = await this.request<{ searchCases: { total: number } }>(TOTAL_QUERY, { input: { query, first: 1 } });
    return data.searchCases.total;
  }
}
