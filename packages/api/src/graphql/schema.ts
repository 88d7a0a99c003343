import 'reflect-metadata';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, type ResolverData } from 'type-graphql';
import { MembershipFieldsResolver, SessionResolver } from '../modules/session/session.resolver.js';
import { TokenResolver } from '../modules/session/token.resolver.js';
import { AccountMembershipFieldsResolver, AccountResolver } from '../modules/session/account.resolver.js';
import { requireSignedIn, type RequestContext } from './context.js';
import { ANALYTICS_RESOLVERS } from '../modules/analytics/index.js';
import { SavedViewResolver } from '../modules/saved-view/index.js';
import { NotificationResolver } from '../modules/notification/index.js';
import { CadreResolver } from '../modules/cadre/cadre.resolver.js';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { DecisionMutations } from '../modules/decision/decision.mutations.js';
import { EvidenceMutations } from '../modules/evidence/evidence.mutations.js';
import { ProgressReportEvidenceResolver } from '../modules/evidence/progress-report-evidence.resolver.js';
import { KeyTaskMutations } from '../modules/key-task/key-task.mutations.js';
import {
  AppraisalFieldsResolver,
  ChangeRequestFieldsResolver,
  KeyTaskResolver,
  MilestoneFieldsResolver,
  OpinionFieldsResolver,
  PositionFieldsResolver,
} from '../modules/key-task/key-task.resolver.js';
import { OpenDataResolver } from '../modules/open-data/open-data.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { translateDatabaseFaults } from './faults.js';
import { normalizeArgumentText } from './input-text.js';
import { plainFieldsOf, propertyResolver } from './plain-fields.js';
import { directFieldResolversOf } from './direct-resolvers.js';
import { describeRootTypes } from './schema-docs.js';
import { withChangeFeedSubscription } from '../modules/change-feed/subscription-schema.js';
import { WebhookResolver } from '../modules/change-feed/webhook.resolver.js';

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
  ProgressReportEvidenceResolver,
  SessionResolver,
  MembershipFieldsResolver,
  TokenResolver,
  AccountResolver,
  AccountMembershipFieldsResolver,
  ...ANALYTICS_RESOLVERS,
  SavedViewResolver,
  OpenDataResolver,
  WebhookResolver,
  NotificationResolver,
] as const;

/** Root queries open to anonymous callers; everything else is personnel data and needs sign-in. */
const ANONYMOUS_QUERIES: ReadonlySet<string> = new Set(['viewer']);

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** A fault of a field's resolver as its answer: database faults become 503/400 errors. */
function translated(error: unknown, data: ResolverData<RequestContext>): Promise<unknown> {
  return translateDatabaseFaults(data, () => Promise.reject(error));
}

/** Whether the arguments object has any property (without building the array of its keys). */
function hasAny(args: Record<string, unknown>): boolean {
  for (const key in args) if (Object.hasOwn(args, key)) return true;
  return false;
}

/**
 * Every field of the schema, wrapped with what used to be three TypeGraphQL global middlewares:
 * database faults become 503/400 answers (translateDatabaseFaults, outermost), root queries need
 * a signed-in caller, text arguments reach resolvers as NFC. TypeGraphQL runs global middlewares
 * through an async chain on every field, plain property reads included, which cost a promise per
 * field (hundreds of milliseconds on a comparison matrix); here a field that answers synchronously
 * stays synchronous, and the middlewares do exactly what they did.
 */
function guardField(resolve: GraphQLFieldResolver<unknown, RequestContext>, rootQuery: boolean) {
  const guarded: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
    // The resolver data is built only when needed: a drill-down page resolves thousands of fields
    // without arguments that answer without a fault.
    try {
      if (rootQuery && !ANONYMOUS_QUERIES.has(info.fieldName)) requireSignedIn(context);
      if (hasAny(args)) void normalizeArgumentText({ root: source, args, context, info }, () => Promise.resolve());
      const result: unknown = resolve(source, args, context, info);
      return isPromiseLike(result)
        ? Promise.resolve(result).catch((error: unknown) => translated(error, { root: source, args, context, info }))
        : result;
    } catch (error) {
      return translated(error, { root: source, args, context, info });
    }
  };
  return guarded;
}

/** Builds the executable schema from the resolver classes (TypeGraphQL, code first). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  describeRootTypes(schema);
  const plain = plainFieldsOf();
  const directResolvers = directFieldResolversOf();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rootQuery = type === schema.getQueryType();
    // Plain properties of result objects are read directly (plain-fields.ts); the rest is guarded.
    const direct = rootQuery ? undefined : plain.get(type.name);
    // Field resolvers taking only the object and the context are called without TypeGraphQL's layer.
    const called = rootQuery ? undefined : directResolvers.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const property = field.args.length === 0 ? direct?.get(field.name) : undefined;
      field.resolve =
        property !== undefined
          ? propertyResolver(property)
          : guardField(
              (called?.get(field.name) ?? field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
                unknown,
                RequestContext
              >,
              rootQuery,
            );
    }
  }
  return withChangeFeedSubscription(schema);
}
