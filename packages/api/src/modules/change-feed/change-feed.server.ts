import type http from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CloseCode, type Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { AuthService } from '../../auth/auth.service.js';
import { isTaskInScope, taskScopeOf } from '../../auth/scope.js';
import type { Logger } from '../../logger.js';
import type { ChangeEvent } from './change-event.js';
import type { ChangeFeedHub } from './change-feed.hub.js';
import { credentialIsLive, identifyConnection, originAllowed, type ConnectionIdentity } from './connection-auth.js';
import { FeedIterator } from './feed-iterator.js';
import type { ChangeFeedContext } from './subscription-schema.js';

export interface SubscriptionLimits {
  /** Open WebSocket connections one user (all their sessions and tokens) may hold. */
  readonly maxConnectionsPerUser: number;
  /** Browser origins besides the server's own that may open a socket (a dashboard on another host). */
  readonly allowedOrigins: readonly string[];
  /** How often an idle connection's session or token is checked again (ms). */
  readonly recheckIntervalMs: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxConnectionsPerUser: 5,
  allowedOrigins: [],
  recheckIntervalMs: 60_000,
};

export interface ChangeFeedServerOptions {
  readonly server: http.Server;
  readonly schema: GraphQLSchema;
  readonly auth: AuthService;
  readonly dataSource: DataSource;
  readonly hub: ChangeFeedHub;
  readonly logger: Logger;
  readonly limits: SubscriptionLimits;
}

/** Close codes of ours (4400–4499 are the application's in graphql-ws). */
const TOO_MANY_CONNECTIONS = 4429;

interface Connection {
  identity: ConnectionIdentity;
  timer: NodeJS.Timeout;
  close(code: number, reason: string): void;
}

type Extra = { connection?: Connection };

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at /graphql, on the API's HTTP server. Only
 * subscriptions run here: queries and mutations keep to HTTP, behind its limits and CSRF rules.
 */
export function attachChangeFeedServer(options: ChangeFeedServerOptions): Disposable {
  const { logger, limits } = options;
  const perUser = new Map<string, number>();
  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ req }: { req: http.IncomingMessage }) => originAllowed(req, limits.allowedOrigins),
  });

  const release = (connection: Connection) => {
    clearInterval(connection.timer);
    const userId = connection.identity.actor.userId;
    const count = (perUser.get(userId) ?? 1) - 1;
    if (count <= 0) perUser.delete(userId);
    else perUser.set(userId, count);
  };

  const openFeed = (connection: Connection, types: ReadonlySet<string>) => {
    const scope = taskScopeOf(connection.identity.actor);
    if (scope.kind === 'none') {
      throw new GraphQLError('Tài khoản này không được xem nhiệm vụ. (This account may not see key tasks.)', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const admit = async (event: ChangeEvent): Promise<boolean | 'stop'> => {
      if (!types.has(event.type) || !isTaskInScope(scope, event.task)) return false;
      // Checked again on every event: a revoked session or token receives nothing more.
      if (!(await credentialIsLive(options.dataSource, connection.identity.credential, new Date()))) {
        connection.close(CloseCode.Forbidden, 'Session or token no longer valid');
        return 'stop';
      }
      return true;
    };
    let unsubscribe: () => void = () => undefined;
    const iterator = new FeedIterator(admit, () => unsubscribe());
    return options.hub
      .subscribe((event) => iterator.push(event))
      .then((stop) => {
        unsubscribe = stop;
        return iterator;
      });
  };

  return useServer<Record<string, unknown>, Extra>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const identity = await identifyConnection(options.auth, ctx.extra.request, ctx.connectionParams, new Date());
        if (identity === null) return false;
        const userId = identity.actor.userId;
        const open = perUser.get(userId) ?? 0;
        if (open >= limits.maxConnectionsPerUser) {
          ctx.extra.socket.close(TOO_MANY_CONNECTIONS, 'Too many connections');
          return false;
        }
        perUser.set(userId, open + 1);
        const socket = ctx.extra.socket;
        const connection: Connection = {
          identity,
          close: (code, reason) => socket.close(code, reason),
          timer: setInterval(() => {
            credentialIsLive(options.dataSource, identity.credential, new Date())
              .then((live) => {
                if (!live) socket.close(CloseCode.Forbidden, 'Session or token no longer valid');
              })
              .catch((error: unknown) => logger.warn({ err: error }, 'subscription credential check failed'));
          }, limits.recheckIntervalMs),
        };
        connection.timer.unref();
        ctx.extra.connection = connection;
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.connection) release(ctx.extra.connection);
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = ctx.extra.connection;
        if (!connection) return [new GraphQLError('Not connected.')];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 1000 });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Malformed operation.')];
        }
        const errors = validate(options.schema, document);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Qua WebSocket chỉ nhận subscription. (Only subscriptions run over WebSocket; use HTTP for queries and mutations.)',
            ),
          ];
        }
        const contextValue: ChangeFeedContext = { openFeed: (types) => openFeed(connection, types) };
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors: errors.map((error) => error.message) }, 'subscription refused');
      },
    },
    wss,
  );
}
