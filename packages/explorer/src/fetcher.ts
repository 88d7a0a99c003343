import type { ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';
import { operationNameFor } from './operation-name';

type Fetcher = GraphiQLProps['fetcher'];

/** The API on this origin; the explorer is served by the same process. */
export const GRAPHQL_URL = '/graphql';

/**
 * Sends one operation to the API. JSON content type: the API refuses "simple" requests as
 * possible CSRF (packages/api/src/http/graphql-request.ts). With a pasted token the session
 * cookie is left out, so the answer is exactly what that token may see.
 */
export async function postOperation(
  body: { query: string; variables?: unknown; operationName?: string | null },
  token: string,
  extraHeaders: Readonly<Record<string, unknown>> = {},
): Promise<ExecutionResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  for (const [name, value] of Object.entries(extraHeaders)) {
    if (typeof value === 'string') headers[name.toLowerCase()] = value;
  }
  if (token !== '') headers.authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    credentials: headers.authorization ? 'omit' : 'same-origin',
  });
  return (await response.json()) as ExecutionResult;
}

/** GraphiQL's fetcher: the token field's value, then any headers typed in GraphiQL's Headers tab. */
export function createFetcher(token: string): Fetcher {
  return (params, options) =>
    postOperation(
      { ...params, operationName: operationNameFor(params.query, params.operationName) },
      token,
      options?.headers ?? {},
    );
}
