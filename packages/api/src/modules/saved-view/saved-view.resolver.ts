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
import { payloadType, toPayload } from '../../graphql/payload.js';
import { UserError } from '../../graphql/user-error.js';
import type { SavedViewRow } from './saved-view.service.js';

@ObjectType('SavedView', { description: 'A named comparative view (góc nhìn phân tích): its URL query reproduces it.' })
export class SavedViewType {
  @Field(() => Int, { description: 'Number, to delete it.' })
  id: number;

  @Field(() => String, { description: 'The name its owner gave it.' })
  name: string;

  @Field(() => String, { description: 'The canonical URL query of the analysis page, e.g. rows=LOCALITY&…' })
  query: string;

  @Field(() => Boolean, { description: 'Whether other users see it in their list.' })
  shared: boolean;

  @Field(() => String, { description: 'Who saved it.' })
  ownerName: string;

  @Field(() => Boolean, { description: 'Whether it is yours (only the owner may change or delete it).' })
  mine: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Last saved.' })
  updatedAt: Date;
}

@InputType('SavedViewInput', { description: 'A view to save; saving under an existing name of yours replaces it.' })
export class SavedViewInput {
  @Field(() => String, { description: 'A name, 1–120 characters.' })
  name: string;

  @Field(() => String, { description: 'The analysis page’s canonical URL query.' })
  query: string;

  @Field(() => Boolean, { description: 'Share with every other user.' })
  shared: boolean;
}

const SavedViewPayload = payloadType('SavedViewPayload', 'savedView', SavedViewType, 'Result of saving a view.');

@ObjectType('SavedViewDeletePayload', { description: 'Result of deleting a view.' })
class SavedViewDeletePayload {
  @Field(() => ID, { nullable: true, description: 'The deleted view’s number.' })
  deletedId: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted.' })
  userErrors: UserError[];
}

@Resolver()
export class SavedViewResolver {
  @Query(() => [SavedViewType], { description: 'Your saved views, then those others shared (góc nhìn đã lưu).' })
  async savedViews(@Ctx() ctx: RequestContext): Promise<Array<SavedViewRow & { mine: boolean }>> {
    const userId = Number(requireSignedIn(ctx).userId);
    if (!Number.isInteger(userId)) return [];
    const rows = await ctx.services.savedViews.list(userId);
    return rows.map((row) => ({ ...row, mine: row.ownerUserId === userId }));
  }

  @Mutation(() => SavedViewPayload, { description: 'Save a comparative view under a name (any signed-in user).' })
  async savedViewSave(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SavedViewInput, {
      description: 'The view to save (góc nhìn đã lưu): its name, the page’s query string, shared or not.',
    })
    input: SavedViewInput,
  ) {
    const result = await ctx.services.savedViews.save(useCaseContext(ctx), input);
    return toPayload(result.ok ? { ok: true, value: { ...result.value, mine: true } } : result);
  }

  @Mutation(() => SavedViewDeletePayload, { description: 'Delete one of your saved views.' })
  async savedViewDelete(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => Int, { description: 'The saved view’s number (SavedView.id).' }) id: number,
  ): Promise<SavedViewDeletePayload> {
    const result = await ctx.services.savedViews.remove(useCaseContext(ctx), id);
    return result.ok
      ? { deletedId: String(result.value.id), userErrors: [] }
      : { deletedId: null, userErrors: result.errors };
  }
}
