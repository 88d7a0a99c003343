import type { LocalDate } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { TaskScope } from '../../auth/scope.js';
import { badUserInput } from '../../graphql/errors.js';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { CadreEntity } from '../cadre/cadre.entity.js';
import { whereCadreMatches } from '../cadre/cadre.service.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskQuery, KeyTaskQueryService } from '../key-task/key-task-query.service.js';
import { drillDownOrderKey, type DrillDownCursor, type DrillDownOrder } from './drill-down.order.js';

/** One cadre of a drill-down with the tasks of theirs that the cell counted. */
export interface CadreTasks {
  readonly cadre: CadreEntity;
  readonly tasks: KeyTaskEntity[];
}

/** How the page's cadres are chosen beyond the figure: name or code words, and the order. */
export interface DrillDownView {
  readonly search?: string;
  readonly order: DrillDownOrder;
  readonly descending: boolean;
  /** "Today" for the on-time rate. */
  readonly asOf: LocalDate;
}

/**
 * The cadres behind a cell, a page at a time, each with the tasks counted: one statement whatever
 * the page size (the counted tasks of the page's cadres with their cadre, the sort key and the
 * total); milestones and opinions follow through the per-request loaders in one statement each.
 */
export class DrillDownService {
  constructor(
    private readonly db: DataSource,
    private readonly keyTasks: KeyTaskQueryService,
  ) {}

  async cadres(
    query: KeyTaskQuery,
    view: DrillDownView,
    page: PageRequest<DrillDownCursor>,
    scope: TaskScope,
  ): Promise<ConnectionResult<CadreTasks>> {
    const { order, descending } = view;
    if (page.after && (page.after[0] !== order || page.after[1] !== descending)) {
      throw badUserInput('"after" belongs to a list in another order: start again from the first page.', 'after');
    }
    const key = drillDownOrderKey(order, query.cycleYear, view.asOf);
    // One row per cadre matching the words, with the order's key over the tasks the figure counted.
    const keyed = whereCadreMatches(
      this.keyTasks
        .filtered(query, scope)
        .innerJoin(CadreEntity, 'dc', 'dc.id = t.cadre_id')
        .select(['dc.id AS id', 'dc.full_name AS name', `${key.sql} AS sort_key`])
        .setParameters(key.params)
        .groupBy('dc.id'),
      'dc',
      view.search,
    );
    const direction = descending ? 'DESC' : 'ASC';
    const cadres = this.db
      .createQueryBuilder()
      .select(['k.id AS id', 'k.sort_key AS sort_key', 'count(*) OVER () AS total'])
      .from(`(${keyed.getQuery()})`, 'k')
      .setParameters(keyed.getParameters())
      .orderBy('k.sort_key', direction, 'NULLS LAST')
      .addOrderBy('k.name', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(page.first + 1);
    // The total of a later page (the page's own window count only holds before the cursor applies).
    const total = this.db
      .createQueryBuilder()
      .select('count(*)', 'count')
      .from(`(${keyed.getQuery()})`, 'k')
      .setParameters(keyed.getParameters());
    if (page.after) {
      const [, , afterKey, afterName, afterId] = page.after;
      const tie = '(k.name, k.id) > (:afterName, :afterId)';
      // Nulls come last in either direction, then name and id ascending.
      cadres.andWhere(
        afterKey === null
          ? `k.sort_key IS NULL AND ${tie}`
          : `(k.sort_key ${descending ? '<' : '>'} :afterKey OR k.sort_key IS NULL OR (k.sort_key = :afterKey AND ${tie}))`,
        { afterKey, afterName, afterId },
      );
    }
    const countAll = async () => Number((await total.getRawOne<{ count: string }>())?.count ?? 0);
    const sortKeys = new Map<number, string | number | null>();
    const cursorOf = (row: CadreTasks) =>
      [order, descending, sortKeys.get(row.cadre.id) ?? null, row.cadre.fullName, row.cadre.id] as const;
    if (page.first === 0) return toConnection([], page, cursorOf, countAll);
    // One statement for the page: the counted tasks of the page's cadres, each with its cadre, and
    // the total (counted before the cursor applies, so every page reports the same total).
    const { entities: tasks, raw } = await this.keyTasks
      .filtered(query, scope)
      .innerJoin(`(${cadres.getQuery()})`, 'pc', 'pc.id = t.cadre_id')
      .setParameters(cadres.getParameters())
      .innerJoinAndMapOne('t.cadre', CadreEntity, 'c', 'c.id = t.cadre_id')
      .addSelect('pc.total', 'page_total')
      .addSelect('pc.sort_key', 'page_sort_key')
      .orderBy('pc.sort_key', direction, 'NULLS LAST')
      .addOrderBy('c.full_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .addOrderBy('t.ordinal', 'ASC')
      .getRawAndEntities<{ page_total: string; page_sort_key: string | number | null; t_id: number }>();
    const pageTotal = page.after === null && raw[0] ? Number(raw[0].page_total) : null;
    const keyOfTask = new Map(raw.map((row) => [Number(row.t_id), row.page_sort_key]));
    const rows: CadreTasks[] = [];
    for (const task of tasks as Array<KeyTaskEntity & { cadre: CadreEntity }>) {
      const last = rows[rows.length - 1];
      if (last?.cadre.id === task.cadreId) last.tasks.push(task);
      else {
        rows.push({ cadre: task.cadre, tasks: [task] });
        sortKeys.set(task.cadreId, keyOfTask.get(task.id) ?? null);
      }
    }
    return toConnection(rows, page, cursorOf, () => (pageTotal === null ? countAll() : Promise.resolve(pageTotal)));
  }
}
