import 'server-only';
import { apiUrl } from '../api-client';

/** The API's open-data addresses the web app serves as its own (the browser never talks to the API). */
export const OPEN_DATA_PATHS = ['/export/cases.csv', '/export/cases.jsonl', '/feeds/cases.atom', '/schema.graphql'] as const;
export type OpenDataPath = (typeof OPEN_DATA_PATHS)[number];

/** Response headers worth passing on: what the body is, how to save it, how long to keep it. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'etag', 'last-modified'];

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * Answers `path` (with the request's query string: the search filters) from the API, streaming the body
 * through as it arrives, so that an export of every card never sits in this server's memory. The API's
 * own answers (200, a 400 naming an unknown filter value, 404) pass through with their status; a client
 * that goes away cancels the API request.
 */
export async function proxyOpenData(request: Request, path: OpenDataPath): Promise<Response> {
  const url = new URL(path, new URL(apiUrl()).origin);
  url.search = new URL(request.url).search;
  let upstream: Response;
  try {
    upstream = await fetch(url, { cache: 'no-store', signal: request.signal, headers: { accept: request.headers.get('accept') ?? '*/*' } });
  } catch (error) {
    console.error(error);
    return plain(502, 'The open data service is unavailable right now.');
  }
  if (upstream.status >= 500) {
    await upstream.body?.cancel();
    return plain(502, 'The open data service is unavailable right now.');
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
