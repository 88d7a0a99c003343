import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';
import { fromGlobalId, Node } from './relay.js';

type NodeFetcher = (ctx: RequestContext, id: number) => Promise<object | null>;

/** How to load each Node type by its database id; a new Node type adds a line here. */
const NODE_FETCHERS: Readonly<Record<string, NodeFetcher>> = {
  OrgUnit: (ctx, id) => ctx.loaders.orgUnits.byId.load(id),
  Cycle: (ctx, id) => ctx.loaders.cycles.byId.load(id),
  Cadre: (ctx, id) => ctx.loaders.keyTasks.cadreById.load(id),
  KeyTask: (ctx, id) => ctx.loaders.keyTasks.taskById.load(id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none.' })
  async node(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A global id from any type implementing Node.' }) id: string,
  ): Promise<object | null> {
    const decoded = fromGlobalId(id);
    const fetch = decoded ? NODE_FETCHERS[decoded.type] : undefined;
    return decoded && fetch ? fetch(ctx, decoded.id) : null;
  }
}
