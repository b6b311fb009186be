import { proxyOpenData } from '../../lib/insights/opendata-proxy';

export const dynamic = 'force-dynamic';

/** The GraphQL schema as an SDL file: the API's `/schema.graphql`, streamed through. */
export function GET(request: Request) {
  return proxyOpenData(request, '/schema.graphql');
}
