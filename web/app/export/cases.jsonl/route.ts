import { proxyOpenData } from '../../../lib/insights/opendata-proxy';

export const dynamic = 'force-dynamic';

/** The published cards as JSON Lines (one card per line), filtered like the search: the API's `/export/cases.jsonl`, streamed through. */
export function GET(request: Request) {
  return proxyOpenData(request, '/export/cases.jsonl');
}
