import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import { GraphQLError, Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import { createContext, type HttpPort, type RequestContext } from './context.js';
import { ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { healthHandler } from './modules/health/health.route.js';
import { commitmentFeedHandler } from './modules/commitments/commitment-feed.js';
import { unsubscribeHandler } from './modules/notifications/unsubscribe.route.js';
import { mountOpenDataRoutes } from './modules/opendata/opendata.routes.js';
import type { AccountServices } from './modules/accounts/account.services.js';
import { resolveSession, SESSION_COOKIE } from './modules/accounts/session.service.js';
import type { SearchRuntime } from './modules/search/search.runtime.js';
import { buildCasebookSchema } from './schema.js';

/** Codes whose messages are written for clients; anything else is masked as an internal error. */
const CLIENT_SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const requestIdOf = new WeakMap<object, string>();

function isClientSafe(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions?.code;
  return typeof code === 'string' && CLIENT_SAFE_CODES.has(code) && !(error.originalError && !(error.originalError instanceof GraphQLError));
}

/** Logs unexpected errors with the request id before they are masked. */
const errorLoggingPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (isClientSafe(error)) continue;
          requestIdOf.set(error, contextValue.requestId);
          contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
        }
      },
    };
  },
};

/** Rate-limited operations: one per request, so that aliases cannot multiply attempts. */
const ONE_PER_REQUEST = new Set(['signIn', 'signUp', 'verifySecondFactor', 'requestPasswordReset', 'resetPassword', 'confirmTwoFactorSetup', 'changePassword', 'changeEmail']);

function countSensitiveFields(operation: OperationDefinitionNode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && ONE_PER_REQUEST.has(selection.name.value)) {
      counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    }
  }
  return counts;
}

const onePerRequestPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (!operation) return;
        const fields = [...countSensitiveFields(operation).entries()];
        if (fields.length > 1 || fields.some(([, count]) => count > 1)) {
          throw new GraphQLError(`Send one of ${fields.map(([name]) => name).join(', ')} per request.`, {
            extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
          });
        }
      },
    };
  },
};

function httpPort(req: Request, res: Response, secureByDefault: boolean): HttpPort {
  const secure = req.secure || secureByDefault;
  return {
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300),
    setSessionCookie: (token, expires) =>
      res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, expires, path: '/' }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientSafe(error) || !(error instanceof GraphQLError) && formatted.extensions?.code && CLIENT_SAFE_CODES.has(String(formatted.extensions.code))) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...formatted.extensions, stacktrace: undefined } };
  }
  const requestId = error instanceof GraphQLError ? requestIdOf.get(error) : undefined;
  return {
    message: `Internal server error${requestId ? ` (request ${requestId})` : ''}. It has been logged.`,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal, requestId },
  };
}

export interface AppDependencies {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  search: SearchRuntime;
  accounts: AccountServices;
}

/** The HTTP application: GraphQL at /graphql, the health check, the Atom feeds of commitment updates and the open-data routes. */
export async function createApp({ config, orm, logger, search, accounts }: AppDependencies) {
  const schema = await buildCasebookSchema();
  const protection = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxDirectives: { n: 20 },
    // Token limits are enforced by graphql's own parser (parseOptions below), which answers a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();

  const apollo = new ApolloServer<RequestContext>({
    schema,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]), errorLoggingPlugin, onePerRequestPlugin],
    validationRules: [...protection.validationRules],
    formatError,
    parseOptions: { maxTokens: 5000 },
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // loopback: the web app on the same host forwards the visitor's address (X-Forwarded-For).
  if (config.TRUST_PROXY !== 'off') app.set('trust proxy', config.TRUST_PROXY === 'on' ? true : 'loopback');
  app.use(cookieParser());
  app.get('/health', healthHandler(orm));
  app.get('/feeds/commitments/cities/:city.atom', commitmentFeedHandler('city', { orm, logger, search, accounts }));
  app.get('/feeds/commitments/networks/:network.atom', commitmentFeedHandler('network', { orm, logger, search, accounts }));
  // Unsubscribe links in emails work without a session (the token is signed); POST is the one-click form.
  app.get('/notifications/unsubscribe', unsubscribeHandler({ orm, logger, webUrl: accounts.webUrl }));
  app.post('/notifications/unsubscribe', unsubscribeHandler({ orm, logger, webUrl: accounts.webUrl }));
  mountOpenDataRoutes(app, { orm, logger, search, accounts, schema });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
        res.setHeader('x-request-id', requestId);
        const em = orm.em.fork();
        const { session, viewer } = await resolveSession(em, req.cookies?.[SESSION_COOKIE]);
        const secureByDefault = config.WEB_URL.startsWith('https:') && config.NODE_ENV === 'production';
        return createContext({ em, logger, requestId, search, accounts, session, viewer, http: httpPort(req, res, secureByDefault) });
      },
    }),
  );
  return { app, apollo };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening; rejects with a clear message when the port is taken. */
export async function startHttpServer(deps: AppDependencies, port: number, host = deps.config.API_HOST): Promise<RunningServer> {
  const { app, apollo } = await createApp(deps);
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use: stop what uses it or set API_PORT.`) : error),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
