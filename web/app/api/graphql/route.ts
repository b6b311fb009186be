import { proxyGraphql } from '../../../lib/insights/graphql-proxy';

export const dynamic = 'force-dynamic';

/** The API explorer's endpoint: GraphQL over POST, proxied to the API with the session (see graphql-proxy.ts). */
export function POST(request: Request) {
  return proxyGraphql(request);
}

/** GET queries are refused, as the API refuses them to browsers (Apollo's CSRF prevention). */
export function GET() {
  return Response.json(
    { errors: [{ message: 'Send GraphQL requests as POST with content-type: application/json.', extensions: { code: 'BAD_REQUEST' } }] },
    { status: 405, headers: { allow: 'POST', 'cache-control': 'no-store' } },
  );
}
