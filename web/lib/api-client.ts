import 'server-only';
import { cacheExchange, Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';
import { cache } from 'react';
import { copySessionCookie, forwardedRequestHeaders } from './session';

const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** Read at request time (not build time), so one build can point at any API. */
export function apiUrl(): string {
  return process.env.API_URL || DEFAULT_API_URL;
}

/** fetch for urql: every API call carries the browser's session cookie (see lib/session.ts). */
async function fetchForViewer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  for (const [name, value] of Object.entries(await forwardedRequestHeaders())) headers.set(name, value);
  return fetch(input, { ...init, headers });
}

function createClient(fetchFunction: typeof fetch): Client {
  return new Client({
    url: apiUrl(),
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { cache: 'no-store' },
    fetch: fetchFunction,
  });
}

/**
 * One urql client per server request (React `cache` scopes it to the render), so the document cache
 * never serves one visitor's answer to another. POST only: Apollo's CSRF guard blocks urql's GET queries.
 */
export const getClient = cache(() => createClient(fetchForViewer));

/** Error codes whose messages the API writes for people (see api/src/errors.ts). */
const USER_FACING_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'NOT_FOUND']);

/**
 * An answer the API wrote for people: bad input, not signed in, not allowed, too many attempts. Its message
 * is safe to show; `field` names the argument it is about (when the API said), `retryAfter` is in seconds.
 */
export class ApiUserError extends Error {
  override name = 'ApiUserError';

  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** One bad field of an input, as the API names it (`input.cities[0].name`), with its own message. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A filter or argument the API rejected (BAD_USER_INPUT). `problems` lists every bad field when the API
 * checked a whole form at once (its `extensions.problems`); otherwise it is empty and `field` says which.
 */
export class UserInputError extends ApiUserError {
  override name = 'UserInputError';

  constructor(
    message: string,
    field?: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message, 'BAD_USER_INPUT', field);
  }
}

function problemsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldProblem => !!item && typeof item === 'object' && typeof item.field === 'string' && typeof item.message === 'string',
  );
}

/** Any other API failure: the page's error boundary shows a generic message. */
export class ApiError extends Error {
  override name = 'ApiError';
}

function toError(error: CombinedError): Error {
  const userFacing = error.graphQLErrors.find((item) => USER_FACING_CODES.has(String(item.extensions?.code)));
  if (!userFacing) return new ApiError(error.message, { cause: error });
  const { code, field, retryAfter, problems } = userFacing.extensions as { code: string; field?: unknown; retryAfter?: unknown; problems?: unknown };
  const fieldName = typeof field === 'string' ? field : undefined;
  if (code === 'BAD_USER_INPUT') return new UserInputError(userFacing.message, fieldName, problemsOf(problems));
  return new ApiUserError(userFacing.message, code, fieldName, typeof retryAfter === 'number' ? retryAfter : undefined);
}

function dataOf<Data>(result: { data?: Data; error?: CombinedError }): Data {
  if (result.error) throw toError(result.error);
  if (!result.data) throw new ApiError('The API answered without data.');
  return result.data;
}

/**
 * Runs a typed query for the current visitor and returns its data, throwing `UserInputError` for
 * BAD_USER_INPUT answers, `ApiUserError` for the other user-facing codes and `ApiError` for everything else
 * (network failure, internal error, missing data).
 */
export async function query<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return dataOf(await getClient().query(document, variables).toPromise());
}

/**
 * Runs a typed mutation for the current visitor, in a Server Action or a Route Handler: like `query`, and
 * when the API's answer sets or clears the session cookie, the change goes on to the browser.
 */
export async function mutate<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  let response: Response | undefined;
  const client = createClient(async (input, init) => {
    response = await fetchForViewer(input, init);
    return response;
  });
  const result = await client.mutation(document, variables).toPromise();
  if (response) await copySessionCookie(response);
  return dataOf(result);
}

/**
 * Runs a typed mutation while a page renders (a page that follows an emailed link): like `mutate`, but it
 * never touches cookies, which pages cannot set. Only for mutations that leave the session alone.
 */
export async function mutateWhileRendering<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return dataOf(await createClient(fetchForViewer).mutation(document, variables).toPromise());
}
