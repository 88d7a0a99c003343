import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { i18n } from './app/i18n';
import { routes } from './app/routes';

const router = createBrowserRouter(routes);
document.documentElement.lang = i18n.language;

// A session that ends (idle, expired, signed out elsewhere) leads back to sign-in, then here again.
const client = createApolloClient(() => {
  if (router.state.location.pathname === '/login') return;
  const next = encodeURIComponent(`${router.state.location.pathname}${router.state.location.search}`);
  void client.clearStore().then(() => router.navigate(`/login?expired=1&next=${next}`, { replace: true }));
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
