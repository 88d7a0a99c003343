// Monaco's workers, bundled as files by Vite (no blob, no CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadBoot } from './boot';

const root = createRoot(document.getElementById('root')!);

loadBoot().then(
  (boot) =>
    root.render(
      <StrictMode>
        <App boot={boot} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <p className="explorer-error" role="alert">
        Không tải được lược đồ GraphQL (could not load the GraphQL schema): {String(error)}
      </p>,
    ),
);
