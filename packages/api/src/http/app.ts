import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { EVIDENCE_DEFAULT_MAX_BYTES } from '@nvtt/shared';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createRequestContext, type RequestContext, type Services } from '../graphql/context.js';
import type { Actor } from '../auth/actor.js';
import { actorOfRequest, httpExchange } from '../auth/http-auth.js';
import { databaseFaultOf } from '../db/faults.js';
import { DatabaseHealth } from '../db/health.js';
import { faultError, formatError } from '../graphql/faults.js';
import { hardeningPlugin } from '../graphql/hardening-plugin.js';
import { OPERATION_LIMITS } from '../graphql/limits.js';
import type { Logger } from '../logger.js';
import { openDataRouter } from '../modules/open-data/open-data.routes.js';
import { ChangeFeedHub } from '../modules/change-feed/change-feed.hub.js';
import {
  attachChangeFeedServer,
  DEFAULT_SUBSCRIPTION_LIMITS,
  type SubscriptionLimits,
} from '../modules/change-feed/change-feed.server.js';
import { requestDeadline } from './deadline.js';
import { serveExplorer, serveSchemaSdl } from './explorer.js';
import { HttpErrorCode, sendGraphQLError } from './graphql-errors.js';
import { assignRequestId, graphqlErrorHandler, preventCsrf, readGraphQLBody } from './graphql-request.js';
import { IMPORT_REQUEST_TIMEOUT_MS, importRouter } from './import-route.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './limits.js';
import { securityHeaders } from './security-headers.js';
import { evidenceFileRoutes } from './evidence-files.js';
import { exportRoutes } from './export-routes.js';
import { EvidenceFileStore, type EvidenceStorageOptions } from '../modules/evidence/files/file-store.js';

export interface HttpAppOptions {
  readonly schema: GraphQLSchema;
  readonly services: Services;
  readonly dataSource: DataSource;
  readonly logger: Logger;
  readonly webDistDir: string | null;
  /** The built GraphQL explorer served at /graphiql; null when it has not been built. */
  readonly explorerDistDir?: string | null;
  readonly production: boolean;
  readonly limits?: HttpLimits;
  /** How long closing waits for running requests before cutting their connections (default 10 s). */
  readonly shutdownGraceMs?: number;
  /** The database circuit breaker; one is made when not given. */
  readonly health?: DatabaseHealth;
  /** Evidence files' folder and size limit; by default a folder under the system's temporary dir. */
  readonly evidence?: EvidenceStorageOptions;
  /** Who sent a request; by default the session cookie or Bearer token (tests substitute their own). */
  readonly resolveActor?: (req: express.Request) => Promise<Actor | null>;
  /** GraphQL subscriptions over WebSocket (docs/change-feed.md). */
  readonly subscriptions?: SubscriptionLimits;
}

export interface HttpApp {
  readonly server: http.Server;
  readonly health: DatabaseHealth;
  /** The live change feed of this process (subscribers listening now). */
  readonly changeFeed: { readonly subscriberCount: number };
  /** Stops taking requests (readiness turns false), lets running ones finish, then resolves. */
  close(): Promise<void>;
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

/** The one HTTP server: GraphQL at /graphql, health probes, the SDL, the explorer and the dashboard at /. */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const limits = options.limits ?? DEFAULT_HTTP_LIMITS;
  const logger = options.logger;
  const health = options.health ?? new DatabaseHealth(options.dataSource, logger);
  const app = express();
  app.disable('x-powered-by');
  // No ETag computed over every answer (a SHA-1 of each GraphQL response, up to hundreds of kB for
  // a matrix): POST answers are never revalidated, the dashboard's files carry their own
  // (express.static), and evidence files set theirs from the stored hash.
  app.set('etag', false);
  const server = http.createServer(app);
  // Slow clients cannot hold a connection open forever (slowloris): headers, then the whole request.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  let draining = false;

  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    // Introspection is decided per request by the hardening plugin (admins and scoped tokens).
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatError(options.production),
    plugins: [
      // No cache hints are used (answers are personal, never cached): without this plugin Apollo
      // no longer wraps every resolved field to collect hints (about 3 % of a drill-down's CPU).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000,
      }),
      hardeningPlugin({
        production: options.production,
        onDatabaseUnavailable: (error) => health.reportUnavailable(error.originalError ?? error),
      }),
    ],
    logger,
  });
  await apollo.start();

  app.use(securityHeaders({ production: options.production }), assignRequestId);
  // Brotli or gzip for whatever the client accepts (the dashboard's JavaScript is a third of its
  // size compressed; GraphQL answers of a drill-down shrink tenfold). Files already compressed
  // (xlsx, docx, PDF, images) are left alone by content type.
  app.use(compression({ threshold: 1024 }));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const database = await health.probe();
    const ready = database && !draining;
    res.setHeader('cache-control', 'no-store');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : draining ? 'draining' : 'unavailable', database });
  });

  // Public open data (no sign-in): only cycles Ban Tổ chức opened, aggregates only.
  app.use(openDataRouter(options.services.openData, logger));

  const resolveActor =
    options.resolveActor ?? ((req: express.Request) => actorOfRequest(options.services.auth, req, new Date()));
  const actorOf = async (req: express.Request): Promise<Actor | null> => {
    try {
      return await resolveActor(req);
    } catch (error) {
      const fault = databaseFaultOf(error);
      if (fault === null) throw error;
      if (fault === 'UNAVAILABLE') health.reportUnavailable(error);
      throw faultError(fault, error);
    }
  };

  app.use(
    '/api/import',
    importRouter({
      dataSource: options.dataSource,
      logger,
      // A 5,000-row apply takes longer than a GraphQL request may; answering 503 while the
      // transaction still commits would mislead, so this route waits longer.
      requestTimeoutMs: Math.max(limits.requestTimeoutMs, IMPORT_REQUEST_TIMEOUT_MS),
      actorOf,
    }),
  );

  const failFastWhileDatabaseDown: express.RequestHandler = (req, res, next) => {
    if (health.available) return next();
    sendGraphQLError(
      req,
      res,
      503,
      HttpErrorCode.SERVICE_UNAVAILABLE,
      'Cơ sở dữ liệu tạm thời không sẵn sàng; vui lòng thử lại sau ít giây. (The database is temporarily unavailable; retry in a few seconds.)',
      { 'retry-after': String(health.retryAfterSeconds) },
    );
  };
  const onlyGetAndPost: express.RequestHandler = (req, res, next) => {
    if (req.method === 'GET' || req.method === 'POST') return next();
    sendGraphQLError(
      req,
      res,
      405,
      HttpErrorCode.METHOD_NOT_ALLOWED,
      'Chỉ nhận GET (truy vấn) và POST. (Only GET for queries and POST are accepted.)',
      { allow: 'GET, POST' },
    );
  };

  app.use(
    '/graphql',
    requestDeadline(limits.requestTimeoutMs, (req) =>
      logger.warn({ requestId: req.res?.locals.requestId as unknown }, 'request deadline exceeded'),
    ),
    onlyGetAndPost,
    preventCsrf,
    failFastWhileDatabaseDown,
    cookieParser(),
    ...readGraphQLBody(limits.bodyLimitBytes),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(
          options.services,
          logger,
          await actorOf(req),
          res.locals.requestId as string,
          httpExchange(req, res, options.production),
        ),
    }),
    graphqlErrorHandler((error) => logger.error({ err: error }, 'unexpected error in the GraphQL route')),
  );

  // Files: evidence uploads and downloads, and exports (docs/evidence-and-exports.md).
  const requestId = (res: express.Response) => res.locals.requestId as string;
  app.use(
    '/files',
    failFastWhileDatabaseDown,
    evidenceFileRoutes({
      files: options.services.evidenceFiles,
      store: new EvidenceFileStore(
        options.evidence ?? {
          dir: path.join(tmpdir(), `nvtt-evidence-${process.pid}`),
          maxBytes: EVIDENCE_DEFAULT_MAX_BYTES,
        },
      ),
      actorOf,
      logger,
      requestId,
    }),
  );
  app.use('/exports', failFastWhileDatabaseDown, exportRoutes({ services: options.services, actorOf, logger }));

  serveSchemaSdl(app);
  serveExplorer(app, options.explorerDistDir ?? null);
  serveDashboard(app, options.webDistDir);

  // Subscriptions over WebSocket on the same server and path; closed first when draining.
  const changeFeed = new ChangeFeedHub(options.dataSource, logger);
  const subscriptions = attachChangeFeedServer({
    server,
    schema: options.schema,
    auth: options.services.auth,
    dataSource: options.dataSource,
    hub: changeFeed,
    logger,
    limits: options.subscriptions ?? DEFAULT_SUBSCRIPTION_LIMITS,
  });

  return {
    server,
    health,
    changeFeed,
    close: async () => {
      draining = true;
      await subscriptions.dispose();
      await changeFeed.close();
      await apollo.stop();
      health.stop();
    },
  };
}
