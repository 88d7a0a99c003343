import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createRequestContext, type RequestContext, type Services } from '../graphql/context.js';
import type { Actor } from '../auth/actor.js';
import { actorOfRequest, httpExchange } from '../auth/http-auth.js';
import type { Logger } from '../logger.js';

export interface HttpAppOptions {
  readonly schema: GraphQLSchema;
  readonly services: Services;
  readonly dataSource: DataSource;
  readonly logger: Logger;
  readonly webDistDir: string | null;
  readonly production: boolean;
  /** Who sent a request; by default the session cookie or Bearer token (tests substitute their own). */
  readonly resolveActor?: (req: express.Request) => Promise<Actor | null>;
}

export interface HttpApp {
  readonly server: http.Server;
  /** Stops taking requests, lets running ones finish, then resolves. */
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 2_000;

async function isDatabaseReady(dataSource: DataSource): Promise<boolean> {
  const probe = dataSource.query('SELECT 1').then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS).unref());
  return Promise.race([probe, timeout]);
}

function serveDashboard(app: express.Express, webDistDir: string | null): void {
  if (webDistDir === null) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Bảng điều khiển chưa được build. Chạy "pnpm build" (hoặc "pnpm start").\nThe dashboard is not built: run "pnpm build".',
        );
    });
    return;
  }
  // Hashed assets never change; index.html must always be fresh to pick up new builds.
  app.use('/assets', express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  const indexHtml = path.join(webDistDir, 'index.html');
  // SPA fallback: any other GET that accepts HTML gets the app, which routes on the client.
  app.get(/^\/(?!graphql|health|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html') || !existsSync(indexHtml)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/** The one HTTP server: GraphQL at /graphql, health probes, and the built dashboard at /. */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
    logger: options.logger,
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await isDatabaseReady(options.dataSource);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: ready });
  });

  const resolveActor =
    options.resolveActor ?? ((req: express.Request) => actorOfRequest(options.services.auth, req, new Date()));
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(
          options.services,
          options.logger,
          await resolveActor(req),
          req.header('x-request-id') ?? undefined,
          httpExchange(req, res, options.production),
        ),
    }),
  );

  serveDashboard(app, options.webDistDir);

  return {
    server,
    close: async () => {
      await apollo.stop();
    },
  };
}
