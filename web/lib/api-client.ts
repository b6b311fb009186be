import 'server-only';
import { cacheExchange, Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';
import { cache } from 'react';

const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** Read at request time (not build time), so one build can point at any API. */
export function apiUrl(): string {
  return process.env.API_URL || DEFAULT_API_URL;
}

/**
 * One urql client per server request (React `cache` scopes it to the render), so the document cache
 * never serves one visitor's answer to another. POST only: Apollo's CSRF guard blocks urql's GET queries.
 */
export const getClient = cache(
  () =>
    new Client({
      url: apiUrl(),
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetchOptions: { cache: 'no-store' },
    }),
);

/** A filter or argument the API rejected; its message is written for people and safe to show. */
export class UserInputError extends Error {
  override name = 'UserInputError';
}

/** Any other API failure: the page's error boundary shows a generic message. */
export class ApiError extends Error {
  override name = 'ApiError';
}

function toError(error: CombinedError): Error {
  const badInput = error.graphQLErrors.find((item) => item.extensions?.code === 'BAD_USER_INPUT');
  if (badInput) return new UserInputError(badInput.message);
  return new ApiError(error.message, { cause: error });
}

/**
 * Runs a typed query and returns its data, throwing `UserInputError` for BAD_USER_INPUT answers and
 * `ApiError` for everything else (network failure, internal error, missing data).
 */
export async function query<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await getClient().query(document, variables).toPromise();
  if (result.error) throw toError(result.error);
  if (!result.data) throw new ApiError('The API answered without data.');
  return result.data;
}
