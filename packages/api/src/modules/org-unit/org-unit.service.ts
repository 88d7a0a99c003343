import { foldForSearch, type OrgUnitKind, type Sector, type UnitRole } from '@nvtt/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { escapeLike } from '../../sql.js';
import { OrgUnitEntity } from './org-unit.entity.js';

/** Filters already resolved to database values (global ids decoded). */
export interface OrgUnitQuery {
  readonly kinds?: readonly OrgUnitKind[];
  readonly sectors?: readonly Sector[];
  readonly role?: UnitRole;
  readonly validAt?: string;
  /** Children of this unit; -1 matches nothing (an id that is not an OrgUnit's). */
  readonly parentId?: number;
  readonly isRoot?: boolean;
  readonly search?: string;
}

/** Keyset position in the list's order (name in Vietnamese collation, then id). */
export type OrgUnitCursor = readonly [name: string, id: number];

export function decodeOrgUnitCursor(raw: unknown): OrgUnitCursor | null {
  return Array.isArray(raw) && raw.length === 2 && typeof raw[0] === 'string' && Number.isInteger(raw[1])
    ? [raw[0], raw[1] as number]
    : null;
}

const MAX_SEARCH_WORDS = 8;

const LINK_SQL = {
  successors:
    'SELECT predecessor_id AS "from", successor_id AS "to" FROM org_unit_successor WHERE predecessor_id = ANY($1)',
  predecessors:
    'SELECT successor_id AS "from", predecessor_id AS "to" FROM org_unit_successor WHERE successor_id = ANY($1)',
} as const;

export class OrgUnitService {
  constructor(private readonly db: DataSource) {}

  async list(query: OrgUnitQuery, page: PageRequest<OrgUnitCursor>): Promise<ConnectionResult<OrgUnitEntity>> {
    const filtered = this.filtered(query);
    const pageQuery = filtered
      .clone()
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(page.first + 1);
    if (page.after) {
      pageQuery.andWhere('(u.name, u.id) > (:afterName, :afterId)', {
        afterName: page.after[0],
        afterId: page.after[1],
      });
    }
    const rows = page.first === 0 ? [] : await pageQuery.getMany();
    return toConnection(
      rows,
      page,
      (unit) => [unit.name, unit.id],
      () => filtered.getCount(),
    );
  }

  async findByCode(code: string): Promise<OrgUnitEntity | null> {
    return this.db.getRepository(OrgUnitEntity).findOneBy({ code });
  }

  /** Units by id, in the order asked, null where none exists (DataLoader's contract). */
  async findByIds(ids: readonly number[]): Promise<Array<OrgUnitEntity | null>> {
    const rows = await this.db
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('u')
      .where('u.id = ANY(:ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async childrenOf(parentIds: readonly number[]): Promise<OrgUnitEntity[][]> {
    const rows = await this.db
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('u')
      .where('u.parent_id = ANY(:parentIds)', { parentIds })
      .orderBy('u.name', 'ASC')
      .getMany();
    return parentIds.map((parentId) => rows.filter((row) => row.parentId === parentId));
  }

  /** Units that replaced each given unit (e.g. a former district's communes). */
  async successorsOf(ids: readonly number[]): Promise<OrgUnitEntity[][]> {
    return this.linked(ids, 'successors');
  }

  /** Units each given unit replaced. */
  async predecessorsOf(ids: readonly number[]): Promise<OrgUnitEntity[][]> {
    return this.linked(ids, 'predecessors');
  }

  private async linked(ids: readonly number[], direction: keyof typeof LINK_SQL): Promise<OrgUnitEntity[][]> {
    const links: Array<{ from: number; to: number }> = await this.db.query(LINK_SQL[direction], [ids]);
    const units = await this.findByIds([...new Set(links.map((link) => link.to))]);
    const byId = new Map(units.flatMap((unit) => (unit ? [[unit.id, unit] as const] : [])));
    return ids.map((id) =>
      links
        .filter((link) => link.from === id)
        .flatMap((link) => byId.get(link.to) ?? [])
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    );
  }

  private filtered(query: OrgUnitQuery): SelectQueryBuilder<OrgUnitEntity> {
    const qb = this.db.getRepository(OrgUnitEntity).createQueryBuilder('u');
    if (query.kinds?.length) qb.andWhere('u.kind = ANY(:kinds)', { kinds: query.kinds });
    if (query.sectors?.length) qb.andWhere('u.sector = ANY(:sectors)', { sectors: query.sectors });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.validAt) {
      qb.andWhere('(u.valid_from IS NULL OR u.valid_from <= :validAt)', { validAt: query.validAt });
      qb.andWhere('(u.valid_to IS NULL OR u.valid_to >= :validAt)', { validAt: query.validAt });
    }
    if (query.parentId !== undefined) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.isRoot !== undefined) qb.andWhere(query.isRoot ? 'u.parent_id IS NULL' : 'u.parent_id IS NOT NULL');
    const words = foldForSearch(query.search ?? '')
      .split(' ')
      .filter((word) => word !== '')
      .slice(0, MAX_SEARCH_WORDS);
    words.forEach((word, index) => {
      qb.andWhere(`u.search_text LIKE :word${index} ESCAPE '\\'`, { [`word${index}`]: `%${escapeLike(word)}%` });
    });
    return qb;
  }
}
