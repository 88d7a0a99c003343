import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

/** True when the API answered that the session is missing or over. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error))
    return error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/**
 * One client for the app; same-origin requests carry the HttpOnly session cookie. When the session
 * ends (idle or absolute timeout, sign-out elsewhere), `onUnauthenticated` sends the user to sign in.
 */
export function createApolloClient(onUnauthenticated: () => void = () => undefined, uri = '/graphql'): ApolloClient {
  const errors = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
  return new ApolloClient({
    link: errors.concat(new HttpLink({ uri, credentials: 'same-origin' })),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Each filter is its own list; "Xem thêm" appends pages to it.
            orgUnits: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
