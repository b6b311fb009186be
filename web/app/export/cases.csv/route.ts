import { proxyOpenData } from '../../../lib/insights/opendata-proxy';

export const dynamic = 'force-dynamic';

/** The published cards as CSV (one row per card), filtered like the search: the API's `/export/cases.csv`, streamed through. */
export function GET(request: Request) {
  return proxyOpenData(request, '/export/cases.csv');
}
