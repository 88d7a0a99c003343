import type { OrgUnitKind, Sector, UnitRole } from '@nvtt/shared';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A node of the organisation tree (cơ quan, đơn vị, địa phương), with its period of validity. */
@Entity({ name: 'org_unit' })
export class OrgUnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** Stable business key from the province's list (e.g. "BTCTU", "P_NHA_TRANG"). */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrgUnitKind;

  @Column({ type: 'text' })
  sector: Sector;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: UnitRole[];

  @Column({ type: 'text', nullable: true })
  abbreviation: string | null;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  /** The former district a commune-level unit mostly lies in, for comparisons across 2025. */
  @Column({ name: 'legacy_district_id', type: 'integer', nullable: true })
  legacyDistrictId: number | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /** Name and abbreviation folded by the shared `foldForSearch`, for diacritic-blind search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}

/** "Predecessor was replaced by successor" — e.g. a former district by its new communes. */
@Entity({ name: 'org_unit_successor' })
export class OrgUnitSuccessorEntity {
  @PrimaryColumn({ name: 'predecessor_id', type: 'integer' })
  predecessorId: number;

  @PrimaryColumn({ name: 'successor_id', type: 'integer' })
  successorId: number;
}
