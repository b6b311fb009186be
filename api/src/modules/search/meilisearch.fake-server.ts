/**
 * Shared setup of the Meilisearch engine tests: a sample document and request, and a fake Meilisearch
 * HTTP server that records the requests the client sends and answers them with canned replies.
 * Not a test file itself (no jest globals).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SearchDocument, SearchFilters, SearchRequest } from './search-engine.js';

export const NO_FILTERS: SearchFilters = {
  sdgs: [],
  regions: [],
  countries: [],
  networks: [],
  themes: [],
  ogpValues: [],
  languages: [],
  yearFrom: null,
  yearTo: null,
};

export function request(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return { query: '', filters: NO_FILTERS, sort: 'RELEVANCE', offset: 0, limit: 20, ...overrides };
}

export const DOCUMENT: SearchDocument = {
  id: '0b7c6f0e-3a54-4a8e-9a53-6f3f8f0c1d11',
  slug: 'open-budget-nairobi',
  title: 'Open budget',
  summary: 'Summary',
  challenge: 'Challenge',
  sections: ['Approach', 'Innovation'],
  places: ['Nairobi', 'Kenya', 'Africa'],
  organisations: ['City of Nairobi'],
  networkSlug: 'cities',
  networkName: 'Cities network',
  language: 'en',
  sdgs: [11, 16],
  regions: ['Africa'],
  countries: ['KE'],
  cityIds: ['5d0f3c4e-8a7b-4c2d-9e1f-0a1b2c3d4e5f'],
  themes: ['budget'],
  ogpValues: ['transparency'],
  yearStarted: 2019,
  publishedAt: new Date('2024-03-01T12:00:00.500Z'),
};

interface Recorded {
  method: string;
  path: string;
  body: any;
}
type Reply = { status: number; body?: unknown } | 'hang';

export async function fakeMeilisearch(reply: (request: Recorded) => Reply) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method!, path: req.url!, body: raw ? JSON.parse(raw) : undefined };
      requests.push(recorded);
      const answer = reply(recorded);
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const enqueued = (taskUid: number, type: string) => ({
  status: 202,
  body: { taskUid, indexUid: 'cases_fake', status: 'enqueued', type, enqueuedAt: '2026-01-01T00:00:00Z' },
});
export const task = (uid: number, type: string, error: { message: string; code: string } | null = null) => ({
  status: 200,
  body: {
    uid,
    batchUid: uid,
    indexUid: 'cases_fake',
    status: error ? 'failed' : 'succeeded',
    type,
    canceledBy: null,
    error: error && { ...error, type: 'invalid_request', link: 'https://docs.meilisearch.com/errors' },
    duration: 'PT0.01S',
    enqueuedAt: '2026-01-01T00:00:00Z',
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:00:00Z',
  },
});
export const apiError = (status: number, code: string, message: string) => ({
  status,
  body: { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` },
});
