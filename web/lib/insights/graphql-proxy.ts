import 'server-only';
import { apiUrl } from '../api-client';
import { copySessionCookie, forwardedRequestHeaders } from '../session';

/** The API explorer's queries are small; anything larger is not a hand-written query. */
export const MAX_BODY_BYTES = 100_000;

const jsonError = (status: number, message: string) =>
  Response.json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] }, { status, headers: { 'cache-control': 'no-store' } });

/** `application/json`, with or without parameters (`; charset=utf-8`). */
export function isJsonContentType(value: string | null): boolean {
  return (value ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * POST /api/graphql for the API explorer: the browser's GraphQL request, sent on to the API's /graphql with
 * the visitor's session cookie (the browser never talks to the API). Apollo's CSRF rule holds here too:
 * only `content-type: application/json` is accepted, which a cross-site form cannot send without a
 * preflight. A change of session in the answer (signIn, signOut) goes on to the browser.
 */
export async function proxyGraphql(request: Request): Promise<Response> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return jsonError(415, 'Send GraphQL requests as POST with content-type: application/json.');
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return jsonError(413, `The request is larger than ${MAX_BODY_BYTES} bytes.`);

  let upstream: Response;
  try {
    upstream = await fetch(apiUrl(), {
      method: 'POST',
      cache: 'no-store',
      headers: { ...(await forwardedRequestHeaders()), 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal: request.signal,
    });
  } catch (error) {
    console.error(error);
    return jsonError(502, 'The API cannot be reached right now.');
  }
  await copySessionCookie(upstream);
  return new Response(await upstream.text(), {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
  });
}
