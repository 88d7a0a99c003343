import { foldForSearch } from '@nvtt/shared';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { escapeLike } from '../../sql.js';
import { taskScopeCondition, type TaskScope } from '../../auth/scope.js';
import { CadreEntity } from './cadre.entity.js';

export interface CadreQuery {
  readonly search?: string;
  /** Cadres holding a post in this unit (at any time). */
  readonly unitId?: number;
}

export type CadreCursor = readonly [name: string, id: number];

export function decodeCadreCursor(raw: unknown): CadreCursor | null {
  return Array.isArray(raw) && raw.length === 2 && typeof raw[0] === 'string' && Number.isInteger(raw[1])
    ? [raw[0], raw[1] as number]
    : null;
}

/**
 * Keeps the cadres (table alias `alias`) whose name or code contains every word of `search`, with or
 * without diacritics (the name is stored folded in `search_text`). At most 8 words are used.
 */
export function whereCadreMatches<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  search: string | undefined,
): SelectQueryBuilder<T> {
  foldForSearch(search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
    .forEach((word, index) =>
      qb.andWhere(
        `(${alias}.search_text LIKE :cadreWord${index} ESCAPE '\\' OR lower(${alias}.code) LIKE :cadreWord${index} ESCAPE '\\')`,
        { [`cadreWord${index}`]: `%${escapeLike(word)}%` },
      ),
    );
  return qb;
}

export class CadreService {
  constructor(private readonly db: DataSource) {}

  async list(
    query: CadreQuery,
    page: PageRequest<CadreCursor>,
    scope: TaskScope,
  ): Promise<ConnectionResult<CadreEntity>> {
    const qb = this.db.getRepository(CadreEntity).createQueryBuilder('c');
    if (scope.kind !== 'all') {
      const visible = taskScopeCondition(scope, 't');
      const own = scope.kind === 'some' && scope.cadreId !== null ? scope.cadreId : -1;
      qb.where(`(c.id = :ownCadre OR EXISTS (SELECT 1 FROM key_task t WHERE t.cadre_id = c.id AND ${visible.sql}))`, {
        ...visible.params,
        ownCadre: own,
      });
    }
    if (query.unitId !== undefined) {
      qb.andWhere('EXISTS (SELECT 1 FROM position p WHERE p.cadre_id = c.id AND p.unit_id = :unitId)', {
        unitId: query.unitId,
      });
    }
    whereCadreMatches(qb, 'c', query.search);
    const pageQuery = qb
      .clone()
      .orderBy('c.full_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.first + 1);
    if (page.after)
      pageQuery.andWhere('(c.full_name, c.id) > (:afterName, :afterId)', {
        afterName: page.after[0],
        afterId: page.after[1],
      });
    const rows = page.first === 0 ? [] : await pageQuery.getMany();
    return toConnection(
      rows,
      page,
      (cadre) => [cadre.fullName, cadre.id],
      () => qb.getCount(),
    );
  }
}
