import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { MembershipFieldsResolver, SessionResolver } from '../modules/session/session.resolver.js';
import { TokenResolver } from '../modules/session/token.resolver.js';
import { AccountMembershipFieldsResolver, AccountResolver } from '../modules/session/account.resolver.js';
import { requireSignedIn, type RequestContext } from './context.js';
import { ANALYTICS_RESOLVERS } from '../modules/analytics/index.js';
import { SavedViewResolver } from '../modules/saved-view/index.js';
import { CadreResolver } from '../modules/cadre/cadre.resolver.js';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { DecisionMutations } from '../modules/decision/decision.mutations.js';
import { EvidenceMutations } from '../modules/evidence/evidence.mutations.js';
import { KeyTaskMutations } from '../modules/key-task/key-task.mutations.js';
import {
  AppraisalFieldsResolver,
  ChangeRequestFieldsResolver,
  KeyTaskResolver,
  MilestoneFieldsResolver,
  OpinionFieldsResolver,
  PositionFieldsResolver,
} from '../modules/key-task/key-task.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { translateDatabaseFaults } from './faults.js';
import { normalizeArgumentText } from './input-text.js';

export const RESOLVERS = [
  NodeResolver,
  OrgUnitResolver,
  CycleResolver,
  CadreResolver,
  KeyTaskResolver,
  MilestoneFieldsResolver,
  OpinionFieldsResolver,
  AppraisalFieldsResolver,
  PositionFieldsResolver,
  ChangeRequestFieldsResolver,
  KeyTaskMutations,
  DecisionMutations,
  EvidenceMutations,
  SessionResolver,
  MembershipFieldsResolver,
  TokenResolver,
  AccountResolver,
  AccountMembershipFieldsResolver,
  ...ANALYTICS_RESOLVERS,
  SavedViewResolver,
] as const;

/** Root queries open to anonymous callers; everything else is personnel data and needs sign-in. */
const ANONYMOUS_QUERIES: ReadonlySet<string> = new Set(['viewer']);

const requireSignInForQueries: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  if (info.parentType.name === 'Query' && !ANONYMOUS_QUERIES.has(info.fieldName)) requireSignedIn(context);
  return next();
};

/** Builds the executable schema from the resolver classes (TypeGraphQL, code first). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    // Outermost first: database faults become 503 answers; text arguments reach resolvers as NFC.
    globalMiddlewares: [translateDatabaseFaults, requireSignInForQueries, normalizeArgumentText],
  });
}
