import type { DataSource } from 'typeorm';
import type { TaskScope } from '../../auth/scope.js';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { CadreEntity } from '../cadre/cadre.entity.js';
import type { CadreCursor } from '../cadre/cadre.service.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskQuery, KeyTaskQueryService } from '../key-task/key-task-query.service.js';

/** One cadre of a drill-down with the tasks of theirs that the cell counted. */
export interface CadreTasks {
  readonly cadre: CadreEntity;
  readonly tasks: KeyTaskEntity[];
}

/**
 * The cadres behind a cell, a page at a time, each with the tasks counted: one statement whatever
 * the page size (the counted tasks of the page's cadres with their cadre and the total); milestones
 * and opinions follow through the per-request loaders in one statement each.
 */
export class DrillDownService {
  constructor(
    private readonly db: DataSource,
    private readonly keyTasks: KeyTaskQueryService,
  ) {}

  async cadres(
    query: KeyTaskQuery,
    page: PageRequest<CadreCursor>,
    scope: TaskScope,
  ): Promise<ConnectionResult<CadreTasks>> {
    const counted = this.keyTasks.filtered(query, scope).select('t.cadre_id');
    const cadres = this.db
      .getRepository(CadreEntity)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'count(*) OVER () AS total'])
      .where(`c.id IN (${counted.getQuery()})`)
      .setParameters(counted.getParameters())
      .orderBy('c.full_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.first + 1);
    // The total of a later page (the page's own window count only holds before the cursor applies).
    const total = this.db
      .getRepository(CadreEntity)
      .createQueryBuilder('c')
      .where(`c.id IN (${counted.getQuery()})`)
      .setParameters(counted.getParameters());
    if (page.after) {
      cadres.andWhere('(c.full_name, c.id) > (:afterName, :afterId)', {
        afterName: page.after[0],
        afterId: page.after[1],
      });
    }
    if (page.first === 0) {
      return toConnection(
        [],
        page,
        (row: CadreTasks) => [row.cadre.fullName, row.cadre.id],
        () => total.getCount(),
      );
    }
    // One statement for the page: the counted tasks of the page's cadres, each with its cadre, and
    // the total (counted before the cursor applies, so every page reports the same total).
    const { entities: tasks, raw } = await this.keyTasks
      .filtered(query, scope)
      .innerJoin(`(${cadres.getQuery()})`, 'pc', 'pc.id = t.cadre_id')
      .setParameters(cadres.getParameters())
      .innerJoinAndMapOne('t.cadre', CadreEntity, 'c', 'c.id = t.cadre_id')
      .addSelect('pc.total', 'page_total')
      .orderBy('c.full_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .addOrderBy('t.ordinal', 'ASC')
      .getRawAndEntities<{ page_total: string }>();
    const pageTotal = page.after === null && raw[0] ? Number(raw[0].page_total) : null;
    const rows: CadreTasks[] = [];
    for (const task of tasks as Array<KeyTaskEntity & { cadre: CadreEntity }>) {
      const last = rows[rows.length - 1];
      if (last?.cadre.id === task.cadreId) last.tasks.push(task);
      else rows.push({ cadre: task.cadre, tasks: [task] });
    }
    return toConnection(
      rows,
      page,
      (row) => [row.cadre.fullName, row.cadre.id],
      () => (pageTotal === null ? total.getCount() : Promise.resolve(pageTotal)),
    );
  }
}
