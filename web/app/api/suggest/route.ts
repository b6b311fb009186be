import type { NextRequest } from 'next/server';
import { UserInputError } from '../../../lib/api-client';
import { suggestCases } from '../../../lib/search/suggest-cases';

const MIN_PREFIX = 2;
const SHOWN = 8;

/**
 * Search-as-you-type for the search box: GET /api/suggest?prefix=… answers `{ suggestions: [{ slug,
 * title, places }] }` from the API's suggestCases (called server-side at API_URL, so the browser never
 * talks to the API). Prefixes shorter than two characters get an empty list without asking the API.
 */
export async function GET(request: NextRequest) {
  const prefix = (request.nextUrl.searchParams.get('prefix') ?? '').trim();
  const headers = { 'Cache-Control': 'no-store' };
  if (prefix.length < MIN_PREFIX) return Response.json({ suggestions: [] }, { headers });
  try {
    const suggestions = (await suggestCases(prefix, SHOWN)).map(({ slug, title, places }) => ({ slug, title, places }));
    return Response.json({ suggestions }, { headers });
  } catch (error) {
    if (error instanceof UserInputError) return Response.json({ error: error.message }, { status: 400, headers });
    console.error(error);
    return Response.json({ error: 'Suggestions are not available right now.' }, { status: 502, headers });
  }
}
