import { proxyOpenData } from '../../../lib/insights/opendata-proxy';

export const dynamic = 'force-dynamic';

/** The Atom feed of new and updated cards, filtered like the search: the API's `/feeds/cases.atom`, streamed through. */
export function GET(request: Request) {
  return proxyOpenData(request, '/feeds/cases.atom');
}
