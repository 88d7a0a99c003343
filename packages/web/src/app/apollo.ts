import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** One client for the app; same-origin requests, so session cookies (later) just work. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
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
