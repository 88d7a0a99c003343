import type { TokenScope } from '@nvtt/shared';
import { Arg, Ctx, Field, GraphQLISODateTime, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiTokenRow } from '../../auth/token.service.js';
import { requireSignedIn, useCaseContext, type RequestContext } from '../../graphql/context.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { UserError } from '../../graphql/user-error.js';
import { TokenScopeEnum } from './session.resolver.js';

@ObjectType('ApiToken', { description: 'A token for another tool (khóa API); the secret itself is shown only once.' })
export class ApiTokenType {
  @Field(() => Int, { description: 'Number, to revoke it.' })
  id: number;

  @Field(() => String, { description: 'What it is for.' })
  name: string;

  @Field(() => String, { description: 'First characters of the secret, to recognise it.' })
  prefix: string;

  @Field(() => [TokenScopeEnum], { description: 'What it may do.' })
  scopes: TokenScope[];

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working.' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was revoked.' })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last used.' })
  lastUsedAt: Date | null;
}

@ObjectType('ApiTokenCreatePayload', { description: 'A new token: copy `token` now, it is not shown again.' })
class ApiTokenCreatePayload {
  @Field(() => String, { nullable: true, description: 'The secret, to send as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => ApiTokenType, { nullable: true, description: 'The token’s record.' })
  apiToken: ApiTokenRow | null;

  @Field(() => [UserError], { description: 'Why nothing was created.' })
  userErrors: UserError[];
}

const ApiTokenPayload = payloadType('ApiTokenPayload', 'apiToken', ApiTokenType, 'Result of revoking a token.');

@Resolver()
export class TokenResolver {
  @Query(() => [ApiTokenType], { description: 'Your API tokens, newest first.' })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenRow[]> {
    return ctx.services.tokens.list(Number(requireSignedIn(ctx).userId));
  }

  @Mutation(() => ApiTokenCreatePayload, {
    description: 'Create an API token with scopes and an expiry (any signed-in user, for their own scope).',
  })
  async apiTokenCreate(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String, { description: 'What the token is for (e.g. the tool’s name), shown in your list.' })
    name: string,
    @Arg('scopes', () => [TokenScopeEnum], { description: 'What the token may do; at least one.' })
    scopes: TokenScope[],
    @Arg('expiresInDays', () => Int, { description: '1 to 366.' }) expiresInDays: number,
  ): Promise<ApiTokenCreatePayload> {
    const result = await ctx.services.tokens.create(useCaseContext(ctx), name, scopes, expiresInDays);
    return result.ok ? { ...result.value, userErrors: [] } : { token: null, apiToken: null, userErrors: result.errors };
  }

  @Mutation(() => ApiTokenPayload, { description: 'Revoke one of your API tokens.' })
  async apiTokenRevoke(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => Int, { description: 'The token’s number (ApiToken.id).' }) id: number,
  ) {
    return toPayload(await ctx.services.tokens.revoke(useCaseContext(ctx), id));
  }
}
