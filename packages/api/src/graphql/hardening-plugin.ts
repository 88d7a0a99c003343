import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor.js';
import type { RequestContext } from './context.js';
import { FaultCode } from './faults.js';
import { cachedMeasure, cachedTextViolation } from './check-cache.js';
import { limitViolation } from './limits.js';

/**
 * Who may read the schema in production: an administrator's own session, or an API token given
 * the INTROSPECTION scope. Outside production everyone may (GraphiQL, codegen).
 */
export function mayIntrospect(actor: Actor | null): boolean {
  if (actor === null) return false;
  if (actor.tokenScopes !== undefined) return actor.tokenScopes.includes('INTROSPECTION');
  return actor.globalRoles?.includes('ADMIN') ?? false;
}

export interface HardeningOptions {
  readonly production: boolean;
  /** Told when a resolver met an unavailable database (the HTTP layer opens its circuit). */
  readonly onDatabaseUnavailable: (error: GraphQLError) => void;
}

/**
 * Checks an operation after it is parsed and validated, before anything executes: text inputs,
 * size limits (depth, aliases, directives, cost with page sizes, `first` within its cap) and, in
 * production, who may introspect. Every refusal is a 4xx with a stable code.
 */
export function hardeningPlugin(options: HardeningOptions): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request, contextValue }) {
          // No operation to run (e.g. an unknown operationName): execution reports that itself.
          if (!operation) return Promise.resolve();
          const variables = request.variables ?? {};
          const textError = cachedTextViolation(document, variables);
          if (textError) throw textError;
          const measure = cachedMeasure(schema, document, operation, variables);
          const limitError = limitViolation(measure);
          if (limitError) throw limitError;
          if (measure.introspection && options.production && !mayIntrospect(contextValue.actor)) {
            throw new GraphQLError(
              'Không được đọc lược đồ GraphQL (chỉ quản trị viên hoặc khóa API có phạm vi INTROSPECTION). ' +
                '(Introspection is disabled: only administrators or tokens with the INTROSPECTION scope may read the schema.)',
              { extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } } },
            );
          }
          return Promise.resolve();
        },
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            } else if (code === 'CONSTRAINT_VIOLATION') {
              // A rule only the database enforced: the use case should have refused it with a user error.
              contextValue.logger.warn(
                { err: error.originalError ?? error, path: error.path },
                'database refused data',
              );
            } else if (typeof code === 'string' && code in FaultCode) {
              contextValue.logger.warn({ err: error.originalError ?? error, code }, 'database fault');
            }
          }
          const unavailable = errors.find((error) => error.extensions.code === FaultCode.SERVICE_UNAVAILABLE);
          if (unavailable) options.onDatabaseUnavailable(unavailable);
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          // Every error carries the request id, so a person reporting it can be matched to the log.
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
