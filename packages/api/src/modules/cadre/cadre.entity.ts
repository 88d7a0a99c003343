import type { SubjectGroup } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A leader or manager subject to Regulation 622 (cán bộ lãnh đạo, quản lý). */
@Entity({ name: 'cadre' })
export class CadreEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}

/** A post a cadre holds in a unit for a time; several at once, and changing mid-year. */
@Entity({ name: 'position' })
export class PositionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cadre_id', type: 'integer' })
  cadreId: number;

  @Column({ name: 'unit_id', type: 'integer' })
  unitId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'subject_group', type: 'text' })
  subjectGroup: SubjectGroup;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'boolean' })
  rotated: boolean;
}
