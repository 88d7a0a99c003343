import type { DataSource } from 'typeorm';
import { CycleDeadlineEntity, CycleEntity } from './cycle.entity.js';

export class CycleService {
  constructor(private readonly db: DataSource) {}

  /** All cycles, newest first (a province has one a year, so the list stays short). */
  list(): Promise<CycleEntity[]> {
    return this.db.getRepository(CycleEntity).find({ order: { year: 'DESC' } });
  }

  findByYear(year: number): Promise<CycleEntity | null> {
    return this.db.getRepository(CycleEntity).findOneBy({ year });
  }

  async findByIds(ids: readonly number[]): Promise<Array<CycleEntity | null>> {
    const rows = await this.db
      .getRepository(CycleEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async deadlinesOf(cycleIds: readonly number[]): Promise<CycleDeadlineEntity[][]> {
    const rows = await this.db
      .getRepository(CycleDeadlineEntity)
      .createQueryBuilder('d')
      .where('d.cycle_id = ANY(:cycleIds)', { cycleIds })
      .getMany();
    return cycleIds.map((cycleId) => rows.filter((row) => row.cycleId === cycleId));
  }
}
