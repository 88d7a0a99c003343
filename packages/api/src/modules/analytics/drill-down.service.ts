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
 * The cadres behind a cell, a page at a time, each with the tasks counted: two statements whatever
 * the page size (the cadre page with its total, then their tasks); milestones and opinions follow
 * through the per-request loaders in one statement each.
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
      .addSelect('count(*) OVER ()', 'total')
      .where(`c.id IN (${counted.getQuery()})`)
      .setParameters(counted.getParameters())
      .orderBy('c.full_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.first + 1);
    // The total is counted before the cursor applies, so every page reports the same total.
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
    const { entities, raw } =
      page.first === 0 ? { entities: [], raw: [] } : await cadres.getRawAndEntities<{ total: string }>();
    const pageTotal = page.after === null && raw[0] ? Number(raw[0].total) : null;
    const shown = entities.slice(0, page.first);
    const tasks = shown.length
      ? await this.keyTasks
          .filtered(query, scope)
          .andWhere('t.cadre_id IN (:...drillCadres)', { drillCadres: shown.map((cadre) => cadre.id) })
          .orderBy('t.cadre_id')
          .addOrderBy('t.ordinal')
          .getMany()
      : [];
    const rows = entities.map((cadre) => ({ cadre, tasks: tasks.filter((task) => task.cadreId === cadre.id) }));
    return toConnection(
      rows,
      page,
      (row) => [row.cadre.fullName, row.cadre.id],
      () => (pageTotal === null ? total.getCount() : Promise.resolve(pageTotal)),
    );
  }
}
