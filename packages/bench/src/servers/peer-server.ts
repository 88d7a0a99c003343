import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

/**
 * The peer: PostGraphile v4 over the same database, as a deployer would run it (connection filter
 * and aggregates plugins, no custom SQL). Loaded from the folder the bench installed it into.
 */
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse) => void;
type PostGraphile = (url: string, schema: string, options: Record<string, unknown>) => Middleware;

const peerDir = process.env.PEER_DIR;
const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!peerDir || !databaseUrl || !Number.isInteger(port)) {
  process.stderr.write('peer: PEER_DIR, DATABASE_URL and PORT are required\n');
  process.exit(2);
}

const load = createRequire(path.join(peerDir, 'package.json'));
const { postgraphile } = load('postgraphile') as { postgraphile: PostGraphile };
const filterPlugin: unknown =
  (load('postgraphile-plugin-connection-filter') as { default?: unknown }).default ??
  load('postgraphile-plugin-connection-filter');
const aggregatesPlugin: unknown = (load('@graphile/pg-aggregates') as { default: unknown }).default;

const middleware = postgraphile(databaseUrl, 'public', {
  appendPlugins: [filterPlugin, aggregatesPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  enableQueryBatching: false,
  graphiql: false,
  exportGqlSchemaPath: process.env.EXPORT_SCHEMA || undefined,
});

const server = http.createServer(middleware);
server.listen(port, '127.0.0.1', () => process.stdout.write(`peer listening on ${port}\n`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
