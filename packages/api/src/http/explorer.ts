import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** The committed SDL (packages/api/schema.graphql), next to both src/ and dist/. */
export const SCHEMA_SDL_PATH = path.resolve(__dirname, '../../schema.graphql');

/**
 * `GET /schema.graphql`: the committed schema, for tools (codegen, graphql-inspector) and for the
 * explorer, which builds its docs and autocomplete from it instead of introspection (production
 * allows introspection only to administrators and INTROSPECTION-scoped tokens). The schema is no
 * secret: the code defining it ships with every deployment.
 */
export function serveSchemaSdl(app: express.Express, sdlPath: string = SCHEMA_SDL_PATH): void {
  app.get('/schema.graphql', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/graphql; charset=utf-8');
    res.sendFile(sdlPath, (error) => {
      if (error && !res.headersSent) res.status(404).type('text/plain; charset=utf-8').send('schema.graphql not found');
    });
  });
}

/**
 * `/graphiql`: the GraphQL explorer (packages/explorer), a separate Vite build so its editor does
 * not weigh on the dashboard. Served under the dashboard's Content-Security-Policy: its scripts,
 * workers and styles are files from this origin.
 */
export function serveExplorer(app: express.Express, explorerDistDir: string | null): void {
  const indexHtml = explorerDistDir === null ? null : path.join(explorerDistDir, 'index.html');
  if (explorerDistDir === null || indexHtml === null || !existsSync(indexHtml)) {
    app.get(/^\/graphiql(\/.*)?$/, (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Trình khám phá GraphQL chưa được build. Chạy "pnpm build".\nThe GraphQL explorer is not built: run "pnpm build".',
        );
    });
    return;
  }
  app.use(
    '/graphiql/assets',
    express.static(path.join(explorerDistDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.get(/^\/graphiql\/?$/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
