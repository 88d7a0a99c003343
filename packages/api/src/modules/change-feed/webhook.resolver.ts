import { CHANGE_EVENT_TYPES, type ChangeEventType } from '@nvtt/shared';
import {
  Arg,
  Ctx,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { requireSignedIn, useCaseContext, type RequestContext } from '../../graphql/context.js';
import { registerVocabulary } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { UserError } from '../../graphql/user-error.js';
import type { WebhookDeliveryRow, WebhookSubscriptionRow } from './webhook.service.js';

export const ChangeEventTypeEnum = registerVocabulary(
  CHANGE_EVENT_TYPES,
  'ChangeEventType',
  'Kind of change-feed event (loại sự kiện).',
);

@ObjectType('WebhookSubscription', {
  description: 'Another system notified of changes by signed HTTP POSTs (webhook); the secret is shown only once.',
})
export class WebhookSubscriptionType {
  @Field(() => Int, { description: 'Number, to revoke it and read its deliveries.' })
  id: number;

  @Field(() => String, { description: 'The account whose scope decides which events are sent.' })
  ownerUsername: string;

  @Field(() => String, { description: 'What it is for.' })
  name: string;

  @Field(() => String, { description: 'Where events are posted.' })
  targetUrl: string;

  @Field(() => [ChangeEventTypeEnum], { description: 'Kinds of events sent.' })
  eventTypes: ChangeEventType[];

  @Field(() => String, { description: 'Who connected it.' })
  createdByLabel: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was revoked; no delivery after that.' })
  revokedAt: Date | null;
}

@ObjectType('WebhookDelivery', { description: 'One attempt to deliver an event to a webhook (nhật ký gửi).' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Number of the attempt in the log.' })
  id: string;

  @Field(() => ID, { description: 'The event (the `X-NVTT-Event-Id` header).' })
  eventId: string;

  @Field(() => ChangeEventTypeEnum, { description: 'Kind of event.' })
  eventType: ChangeEventType;

  @Field(() => Int, { description: 'Attempt number for this event, from 1.' })
  attempt: number;

  @Field(() => GraphQLISODateTime, { description: 'When the request was sent.' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The receiver’s HTTP status; null when none came.' })
  statusCode: number | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the attempt failed (network error, status, refused target).',
  })
  error: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the receiver answered 2xx.' })
  deliveredAt: Date | null;
}

@InputType('WebhookSubscriptionInput', { description: 'A webhook to connect.' })
class WebhookSubscriptionInput {
  @Field(() => String, { description: 'The owner account (its scope filters the events), e.g. a service account.' })
  ownerUsername: string;

  @Field(() => String, { description: 'What it is for, 1 to 100 characters.' })
  name: string;

  @Field(() => String, { description: 'https:// URL the events are posted to.' })
  targetUrl: string;

  @Field(() => [ChangeEventTypeEnum], { description: 'Kinds of events to send.' })
  eventTypes: ChangeEventType[];
}

@ObjectType('WebhookSubscriptionCreatePayload', {
  description: 'A new webhook: copy `secret` now, it is not shown again.',
})
class WebhookSubscriptionCreatePayload {
  @Field(() => String, { nullable: true, description: 'The signing secret (HMAC-SHA256 key).' })
  secret: string | null;

  @Field(() => WebhookSubscriptionType, { nullable: true, description: 'The webhook’s record.' })
  webhookSubscription: WebhookSubscriptionRow | null;

  @Field(() => [UserError], { description: 'Why nothing was created.' })
  userErrors: UserError[];
}

const WebhookSubscriptionPayload = payloadType(
  'WebhookSubscriptionPayload',
  'webhookSubscription',
  WebhookSubscriptionType,
  'Result of revoking a webhook.',
);

@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookSubscriptionType], {
    description: 'Webhooks, newest first: all of them for an administrator, otherwise those you own.',
  })
  webhookSubscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscriptionRow[]> {
    return ctx.services.webhooks.list(requireSignedIn(ctx));
  }

  @Query(() => [WebhookDeliveryType], {
    nullable: true,
    description:
      'The delivery log of a webhook, newest first (ADMIN, or its owner); null when there is no such webhook you may see.',
  })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('subscription', () => Int, { description: 'The webhook whose deliveries to list.' }) subscription: number,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<WebhookDeliveryRow[] | null> {
    return ctx.services.webhooks.deliveries(requireSignedIn(ctx), subscription, first);
  }

  @Mutation(() => WebhookSubscriptionCreatePayload, {
    description: 'Connect a webhook for an owner account (ADMIN, signed in; not with an API token).',
  })
  async webhookSubscriptionCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookSubscriptionInput, { description: 'Owner, target address and event types.' })
    input: WebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionCreatePayload> {
    const result = await ctx.services.webhooks.create(useCaseContext(ctx), input);
    return result.ok
      ? { secret: result.value.secret, webhookSubscription: result.value.subscription, userErrors: [] }
      : { secret: null, webhookSubscription: null, userErrors: result.errors };
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Revoke a webhook (ADMIN, or its owner).' })
  async webhookSubscriptionRevoke(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => Int, { description: 'The webhook to stop.' }) id: number,
  ) {
    return toPayload(await ctx.services.webhooks.revoke(useCaseContext(ctx), id));
  }
}
