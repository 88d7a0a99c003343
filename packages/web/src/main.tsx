import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from './app/router';
import { createApolloClient } from './app/apollo';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { applyStoredLocale, i18n } from './app/i18n';
import { preloadPageOf, routes } from './app/routes';

// The route table of app/routes.tsx, matched by the app's own router module (wouter underneath).
function AppRoutes() {
  return useRoutes(routes);
}

// A session that ends (idle, expired, signed out elsewhere) leads back to sign-in, then here again.
// A full load of the sign-in page: nothing of the ended session stays in memory.
const client = createApolloClient(() => {
  if (window.location.pathname === '/login') return;
  const next = encodeURIComponent(`${window.location.pathname}${window.location.search}`);
  void client.clearStore().then(() => window.location.replace(`/login?expired=1&next=${next}`));
});

// After the first render, in a task of its own: adding the chunk's preload links costs a phone
// ~200 ms of main thread, which would otherwise delay the session check and lengthen the first task.
setTimeout(() => preloadPageOf(window.location.pathname), 0);

// An English reader's choice is applied (its strings fetched) first: no Vietnamese flashes by.
// Not a top-level await: that would make the bundler split the entry into many chunks.
void applyStoredLocale().then(() => {
  document.documentElement.lang = i18n.language;
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders in slices and lets the browser paint and answer input in between,
  // instead of holding a phone's main thread for the whole first render.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <PageErrorBoundary>
              <AppRoutes />
            </PageErrorBoundary>
          </BrowserRouter>
        </ApolloProvider>
      </StrictMode>,
    ),
  );
});
