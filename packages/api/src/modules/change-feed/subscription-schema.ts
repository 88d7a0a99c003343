import { CHANGE_EVENT_TYPE_CODES, type ChangeEventType } from '@nvtt/shared';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLEnumType,
  type GraphQLOutputType,
} from 'graphql';
import type { ChangeEvent } from './change-event.js';
import { publicTask } from './change-event.js';

/** What a subscription needs from its WebSocket connection (built in change-feed.server.ts). */
export interface ChangeFeedContext {
  /** Opens the stream of events of these types that the connection's actor may see. */
  openFeed(types: ReadonlySet<ChangeEventType>): Promise<AsyncIterableIterator<ChangeEvent>>;
}

function typeFrom(schema: GraphQLSchema, name: string): GraphQLOutputType {
  const type = schema.getType(name);
  if (!type) throw new Error(`The change feed needs the ${name} type in the schema.`);
  return type as GraphQLOutputType;
}

/**
 * Adds `subscription { changeEvents(types) }` to the schema built by TypeGraphQL. Written with
 * graphql-js: TypeGraphQL's subscriptions need a process-wide PubSub, while each HTTP app here has
 * its own LISTEN connection and every subscriber its own scope, which the connection's context gives.
 */
export function withChangeFeedSubscription(schema: GraphQLSchema): GraphQLSchema {
  const state = typeFrom(schema, 'KeyTaskState');
  // Registered by the webhook resolver (TypeGraphQL), so one enum serves both.
  const eventType = typeFrom(schema, 'ChangeEventType') as GraphQLEnumType;
  const deadline = new GraphQLObjectType<NonNullable<ChangeEvent['deadline']>>({
    name: 'ChangeEventDeadline',
    description: 'The deadline that passed (hạn đã qua): a stage of the cycle or a plan milestone.',
    fields: {
      stage: { type: typeFrom(schema, 'CycleStage'), description: 'The stage whose deadline passed.' },
      milestoneId: { type: GraphQLInt, description: 'The plan milestone whose due date passed.' },
      dueOn: {
        type: new GraphQLNonNull(typeFrom(schema, 'LocalDate')),
        description: 'The day it was due (the last day allowed, extensions included).',
      },
    },
  });
  const event = new GraphQLObjectType<ChangeEvent>({
    name: 'ChangeEvent',
    description:
      'Something that happened to a key task you may see (sự kiện thay đổi): ids, types, states and times only. Fetch the task with `keyTask(id: taskId)` for more.',
    fields: {
      id: {
        type: new GraphQLNonNull(GraphQLID),
        description: 'The event’s id: unique and increasing, the same in webhooks.',
      },
      type: { type: new GraphQLNonNull(eventType), description: 'What kind of event.' },
      occurredAt: {
        type: new GraphQLNonNull(typeFrom(schema, 'DateTimeISO')),
        description: 'When it was recorded.',
      },
      action: {
        type: new GraphQLNonNull(GraphQLString),
        description: 'The workflow action (a KeyTaskAction value), or DEADLINE_PASSED.',
      },
      fromState: { type: state, description: 'The task’s state before (null for a new task and a passed deadline).' },
      toState: { type: state, description: 'The task’s state after the action.' },
      late: {
        type: new GraphQLNonNull(GraphQLBoolean),
        description: 'Whether the action came after its stage’s deadline.',
      },
      documentNumber: { type: GraphQLString, description: 'The decision’s document number (decisions only).' },
      deadline: { type: deadline, description: 'Which deadline passed (DEADLINE_PASSED only).' },
      taskId: {
        type: new GraphQLNonNull(GraphQLID),
        resolve: (source) => publicTask(source.task).id,
        description: 'The key task.',
      },
      cycleId: {
        type: new GraphQLNonNull(GraphQLID),
        resolve: (source) => publicTask(source.task).cycleId,
        description: 'The task’s cycle.',
      },
      cadreId: {
        type: new GraphQLNonNull(GraphQLID),
        resolve: (source) => publicTask(source.task).cadreId,
        description: 'The cadre the task belongs to.',
      },
      focalUnitId: {
        type: new GraphQLNonNull(GraphQLID),
        resolve: (source) => publicTask(source.task).focalUnitId,
        description: 'The task’s focal agency.',
      },
      taskState: {
        type: new GraphQLNonNull(state),
        resolve: (source) => source.task.state,
        description: 'The task’s state when the event was sent.',
      },
    },
  });
  const subscription = new GraphQLObjectType<ChangeEvent, ChangeFeedContext>({
    name: 'Subscription',
    description: 'Live events over WebSocket at /graphql (graphql-ws protocol); see docs/change-feed.md.',
    fields: {
      changeEvents: {
        type: new GraphQLNonNull(event),
        description:
          'Events on the key tasks you may see, as they are committed (task state changes, opinions, decisions, passed deadlines).',
        args: {
          types: {
            type: new GraphQLList(new GraphQLNonNull(eventType)),
            description: 'Only these kinds; all kinds when omitted.',
          },
        },
        subscribe: (_source, args: { types?: ChangeEventType[] | null }, context: Partial<ChangeFeedContext>) => {
          if (typeof context.openFeed !== 'function') {
            throw new GraphQLError('Subscriptions run over WebSocket at /graphql. (Use the graphql-ws protocol.)', {
              extensions: { code: 'BAD_REQUEST' },
            });
          }
          const types = args.types && args.types.length > 0 ? args.types : CHANGE_EVENT_TYPE_CODES;
          return context.openFeed(new Set(types));
        },
        resolve: (source: ChangeEvent) => source,
      },
    },
  });
  return new GraphQLSchema({ ...schema.toConfig(), subscription });
}
