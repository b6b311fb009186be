import 'server-only';
import { apiUrl } from '../api-client';

/**
 * Fetches one of the API's Atom feeds (`/feeds/commitments/…` on the API's origin) and answers it as
 * this server's own, so that feed readers only ever talk to the web app.
 */
export async function proxyFeed(kind: 'cities' | 'networks', key: string): Promise<Response> {
  const name = key.endsWith('.atom') ? key.slice(0, -'.atom'.length) : key;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(name)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const url = new URL(`/feeds/commitments/${kind}/${encodeURIComponent(name)}.atom`, new URL(apiUrl()).origin);
  let upstream: Response;
  try {
    upstream = await fetch(url, { cache: 'no-store', headers: { accept: 'application/atom+xml' } });
  } catch (error) {
    console.error(error);
    return new Response('The feed is unavailable right now.', { status: 502, headers: { 'content-type': 'text/plain' } });
  }
  if (upstream.status === 404) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  if (!upstream.ok) return new Response('The feed is unavailable right now.', { status: 502, headers: { 'content-type': 'text/plain' } });
  return new Response(await upstream.text(), {
    status: 200,
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-store' },
  });
}
