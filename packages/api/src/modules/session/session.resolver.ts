import {
  ACCESS_ROLES,
  TOKEN_SCOPES,
  accessRolesOf,
  type AccessRole,
  type TokenScope,
  type UnitRole,
} from '@nvtt/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Actor } from '../../auth/actor.js';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { UnitRoleEnum, registerVocabulary } from '../../graphql/enums.js';
import { toPayload } from '../../graphql/payload.js';
import { idOfType, toGlobalId } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import type { CadreEntity } from '../cadre/cadre.entity.js';
import { CadreType } from '../cadre/cadre.type.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';

export const AccessRoleEnum = registerVocabulary(
  ACCESS_ROLES,
  'AccessRole',
  'A role of the access policy (vai trò truy cập); see docs/access.md.',
);
export const TokenScopeEnum = registerVocabulary(
  TOKEN_SCOPES,
  'TokenScope',
  'What an API token may do (phạm vi của khóa API).',
);

@ObjectType('Membership', { description: 'An agency the user acts for, and in which role.' })
class MembershipType {
  @Field(() => UnitRoleEnum, { description: 'The role.' })
  role: UnitRole;

  unitId: number;
}

@ObjectType('Viewer', { description: 'The signed-in user (người dùng hiện tại) and what they may do.' })
export class ViewerType {
  @Field(() => ID, { description: 'Globally unique, opaque id of the account.' })
  id: string;

  @Field(() => String, { description: 'Name and post, as written into records.' })
  displayName: string;

  @Field(() => [AccessRoleEnum], { description: 'Roles of the access policy the user holds.' })
  accessRoles: AccessRole[];

  @Field(() => [MembershipType], { description: 'Agencies the user acts for.' })
  memberships: MembershipType[];

  @Field(() => [TokenScopeEnum], { nullable: true, description: 'When signed in with an API token: its scopes.' })
  tokenScopes: TokenScope[] | null;

  cadreId: number | null;
}

@ObjectType('SignInPayload', { description: 'Result of signing in; the session travels in an HttpOnly cookie.' })
class SignInPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The signed-in user; null when refused.' })
  viewer: ViewerType | null;

  @Field(() => [UserError], { description: 'Why sign-in failed.' })
  userErrors: UserError[];
}

@ObjectType('DonePayload', { description: 'Result of an action that returns nothing but errors.' })
class DonePayload {
  @Field(() => Boolean, { name: 'done', nullable: true, description: 'True when done.' })
  value: boolean | null;

  @Field(() => [UserError], { description: 'Why nothing was changed.' })
  userErrors: UserError[];
}

function toViewer(actor: Actor): ViewerType {
  return {
    id: toGlobalId('User', Number(actor.userId)),
    displayName: actor.label,
    accessRoles: accessRolesOf({
      isCadre: actor.cadreId !== null,
      unitRoles: actor.memberships.map((membership) => membership.role),
      globalRoles: actor.globalRoles ?? [],
    }),
    memberships: actor.memberships.map((membership) => ({ role: membership.role, unitId: membership.unitId })),
    tokenScopes: actor.tokenScopes ? [...actor.tokenScopes] : null,
    cadreId: actor.cadreId,
  };
}

@Resolver(() => ViewerType)
export class SessionResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is signed in; null for an anonymous request.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.actor ? toViewer(ctx.actor) : null;
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'The cadre the user is, if any.' })
  cadre(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<CadreEntity | null> | null {
    return viewer.cadreId === null ? null : ctx.loaders.keyTasks.cadreById.load(viewer.cadreId);
  }

  @Mutation(() => SignInPayload, {
    description: 'Sign in with username and password; sets the session cookie (đăng nhập).',
  })
  async sessionSignIn(
    @Ctx() ctx: RequestContext,
    @Arg('username', () => String, { description: 'Your username (tên đăng nhập).' }) username: string,
    @Arg('password', () => String, { description: 'Your password (mật khẩu).' }) password: string,
  ): Promise<SignInPayload> {
    if (!ctx.http) throw new GraphQLError('Sign-in needs an HTTP request.', { extensions: { code: 'BAD_REQUEST' } });
    const result = await ctx.services.auth.signIn({
      username,
      password,
      address: ctx.http.address,
      userAgent: ctx.http.userAgent,
      now: ctx.now,
      previousSession: ctx.http.sessionToken,
    });
    if (!result.ok) return { viewer: null, userErrors: result.errors };
    ctx.http.setSession(result.value.sessionToken, result.value.expiresAt);
    return { viewer: toViewer(result.value.actor), userErrors: [] };
  }

  @Mutation(() => Boolean, { description: 'Sign out of this session (đăng xuất).' })
  async sessionSignOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.actor?.sessionHash) await ctx.services.auth.signOut(ctx.actor.sessionHash, ctx.now);
    ctx.http?.clearSession();
    return true;
  }

  @Mutation(() => DonePayload, { description: 'Sign out of every session of your account.' })
  async sessionRevokeAll(@Ctx() ctx: RequestContext) {
    const result = await ctx.services.auth.revokeAllSessions(useCaseContext(ctx));
    ctx.http?.clearSession();
    return toPayload(result.ok ? { ok: true as const, value: true } : result);
  }

  @Mutation(() => DonePayload, { description: 'Change your password; your other sessions end.' })
  async passwordChange(
    @Ctx() ctx: RequestContext,
    @Arg('current', () => String, { description: 'Your current password.' }) current: string,
    @Arg('next', () => String, { description: 'At least 12 characters.' }) next: string,
  ) {
    return toPayload(await ctx.services.auth.changePassword(useCaseContext(ctx), current, next));
  }

  @Mutation(() => DonePayload, { description: 'Set a user’s password and end their sessions (ADMIN).' })
  async passwordReset(
    @Ctx() ctx: RequestContext,
    @Arg('user', () => ID, { description: 'The account (Account.id).' }) user: string,
    @Arg('next', () => String, { description: 'The new password, at least 12 characters.' }) next: string,
  ) {
    return toPayload(
      await ctx.services.auth.adminResetPassword(useCaseContext(ctx), idOfType(user, 'User') ?? -1, next),
    );
  }
}

@Resolver(() => MembershipType)
export class MembershipFieldsResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The agency.' })
  async unit(@Root() membership: MembershipType, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(membership.unitId))!;
  }
}
