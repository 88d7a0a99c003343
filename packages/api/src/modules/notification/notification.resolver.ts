import { NOTIFICATION_KINDS, type NotificationKind } from '@nvtt/shared';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requireSignedIn, useCaseContext, type RequestContext } from '../../graphql/context.js';
import { registerVocabulary } from '../../graphql/enums.js';
import { connectionTypes, idOfType, pageRequest, toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { recipientOf, type NotificationRow } from './notification.service.js';

const NotificationKindEnum = registerVocabulary(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'What a notification is about (loại thông báo).',
);

@ObjectType('Notification', {
  description: 'A notification of the signed-in user (thông báo): a reminder or a digest.',
})
export class NotificationType {
  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  titleVi: string;

  @Field(() => String, { description: 'Title in English.' })
  titleEn: string;

  @Field(() => String, { description: 'Text in Vietnamese (may hold several lines).' })
  bodyVi: string;

  @Field(() => String, { description: 'Text in English.' })
  bodyEn: string;

  @Field(() => String, { description: 'The dashboard path where to act on it, e.g. /inbox.' })
  link: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was e-mailed to you; null if not.' })
  emailedAt: Date | null;
}

const { Connection: NotificationConnection } = connectionTypes(NotificationType, 'Notification');

@ObjectType('NotificationsMarkReadPayload', { description: 'Result of marking notifications read.' })
class NotificationsMarkReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  marked: number;

  @Field(() => Int, { description: 'How many of yours remain unread.' })
  unreadCount: number;

  @Field(() => [UserError], { description: 'Why nothing was marked.' })
  userErrors: UserError[];
}

function decodeNotificationCursor(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : null;
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first (trung tâm thông báo). Nobody sees another user’s.',
  })
  myNotifications(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only those not yet read.' })
    unreadOnly?: boolean | null,
  ): Promise<ConnectionResult<NotificationRow>> {
    const userId = recipientOf(requireSignedIn(ctx));
    return ctx.services.notifications.page(
      userId,
      pageRequest(first, after, decodeNotificationCursor),
      unreadOnly ?? false,
    );
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the bell’s number).' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.count(recipientOf(requireSignedIn(ctx)), true);
  }

  @Mutation(() => NotificationsMarkReadPayload, {
    description:
      'Mark some of your notifications read (`ids`), or all of them (`all: true`). Not audited: personal state.',
  })
  async notificationsMarkRead(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { nullable: true, description: 'Notification ids (yours; others are ignored).' })
    ids?: string[] | null,
    @Arg('all', () => Boolean, { nullable: true, description: 'true: every unread notification of yours.' })
    all?: boolean | null,
  ): Promise<NotificationsMarkReadPayload> {
    const use = useCaseContext(ctx);
    const numbers = ids ? ids.map((id) => idOfType(id, 'Notification') ?? -1) : null;
    const result = await ctx.services.notifications.markRead(use, numbers, all ?? false);
    const unreadCount = await ctx.services.notifications.count(recipientOf(use.actor), true);
    return result.ok
      ? { marked: result.value.marked, unreadCount, userErrors: [] }
      : { marked: 0, unreadCount, userErrors: result.errors };
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() row: NotificationRow): string {
    return toGlobalId('Notification', row.id);
  }
}
