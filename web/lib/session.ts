import 'server-only';
import { cookies, headers } from 'next/headers';
import { readSetCookie, SESSION_COOKIE } from './set-cookie';

/**
 * The browser's session, carried between the browser and the API. The browser only talks to this Next
 * server, so (1) every API call made for a request forwards the browser's `casebook_session` cookie, and
 * (2) when a mutation's answer sets or clears that cookie, the server action hands the change on to the
 * browser. Both happen here and nowhere else.
 */

/** True when the browser sent a session cookie (signed in, or half-way through a sign-in). */
export async function hasSessionCookie(): Promise<boolean> {
  return !!(await cookies()).get(SESSION_COOKIE)?.value;
}

/**
 * Headers for an API call on behalf of the current request: the session cookie, and the browser's user
 * agent (the API lists sessions by it) and address chain (for per-address rate limits when the API trusts
 * this server as a proxy: TRUST_PROXY=on).
 */
export async function forwardedRequestHeaders(): Promise<Record<string, string>> {
  const [cookieStore, incoming] = await Promise.all([cookies(), headers()]);
  const forwarded: Record<string, string> = {};
  const session = cookieStore.get(SESSION_COOKIE)?.value;
  if (session) forwarded.cookie = `${SESSION_COOKIE}=${encodeURIComponent(session)}`;
  const userAgent = incoming.get('user-agent');
  if (userAgent) forwarded['user-agent'] = userAgent;
  const forwardedFor = incoming.get('x-forwarded-for');
  if (forwardedFor) forwarded['x-forwarded-for'] = forwardedFor;
  return forwarded;
}

/** Whether the browser reached us over HTTPS (directly, or through a proxy that says so). */
async function requestIsHttps(): Promise<boolean> {
  const proto = (await headers()).get('x-forwarded-proto');
  return proto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * Copies the API's Set-Cookie for the session onto this server's response: set with the API's expiry, or
 * deleted. Only in a Server Action or a Route Handler (Next.js cannot set cookies while rendering a page).
 */
export async function copySessionCookie(response: Response): Promise<void> {
  const change = readSetCookie(response.headers.getSetCookie(), SESSION_COOKIE);
  if (!change) return;
  const [cookieStore, secure] = await Promise.all([cookies(), requestIsHttps()]);
  if (change.kind === 'clear') {
    cookieStore.delete({ name: SESSION_COOKIE, path: '/', httpOnly: true, sameSite: 'lax', secure });
    return;
  }
  cookieStore.set(SESSION_COOKIE, change.value, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: change.expires });
}

/** Deletes the browser's session cookie here, whatever the API said (signing out must always work). */
export async function forgetSessionCookie(): Promise<void> {
  const [cookieStore, secure] = await Promise.all([cookies(), requestIsHttps()]);
  if (cookieStore.has(SESSION_COOKIE)) cookieStore.delete({ name: SESSION_COOKIE, path: '/', httpOnly: true, sameSite: 'lax', secure });
}
