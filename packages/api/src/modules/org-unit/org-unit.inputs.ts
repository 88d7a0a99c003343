import type { OrgUnitKind, Sector, UnitRole } from '@nvtt/shared';
import { Field, ID, InputType } from 'type-graphql';
import { OrgUnitKindEnum, SectorEnum, UnitRoleEnum } from '../../graphql/enums.js';
import { LocalDateScalar } from '../../graphql/scalars.js';

@InputType({ description: 'Filters for `orgUnits`; all given conditions must hold.' })
export class OrgUnitFilter {
  @Field(() => [OrgUnitKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kind?: OrgUnitKind[] | null;

  @Field(() => [SectorEnum], { nullable: true, description: 'Any of these sectors (khối).' })
  sector?: Sector[] | null;

  @Field(() => UnitRoleEnum, { nullable: true, description: 'Units having this role.' })
  role?: UnitRole | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Units in force on this date (e.g. 2026-01-01 for the new communes).',
  })
  validAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  parent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only units without a parent (tree roots).' })
  isRoot?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words found in the name, abbreviation or code, with or without diacritics ("khanh hoa" finds "Khánh Hòa").',
  })
  search?: string | null;
}
