import type { RequestContext } from '../../graphql/context.js';
import { pageRequest, type ConnectionResult } from '../../graphql/relay.js';
import type { KeyTaskQuery } from './key-task-query.service.js';
import type { KeyTaskEntity } from './key-task.entity.js';
import { decodeKeyTaskCursor, viewerParts, type KeyTaskOrderBy } from './key-task.order.js';

/**
 * A page of tasks for a GraphQL connection (task lists and every `tasksCounted` drill-down): the
 * page statement reads each task's cadre too, and primes the request's cadre loader with them, so a
 * page showing tasks with their cadre costs no statement for the cadres. `orderBy` (DEADLINE) is
 * computed for the signed-in viewer.
 */
export async function taskPage(
  ctx: RequestContext,
  query: KeyTaskQuery,
  first: number | null | undefined,
  after: string | null | undefined,
  orderBy: KeyTaskOrderBy | null = null,
): Promise<ConnectionResult<KeyTaskEntity>> {
  const connection = await ctx.services.keyTasks.list(
    query,
    pageRequest(first, after, decodeKeyTaskCursor),
    ctx.scope,
    orderBy,
    viewerParts(ctx.actor),
  );
  for (const task of connection.nodes) ctx.loaders.keyTasks.cadreById.prime(task.cadreId, task.cadre);
  return connection;
}
