import type { OrgUnitKind, Sector, UnitRole } from '@nvtt/shared';
import { Field, ObjectType } from 'type-graphql';
import { OrgUnitKindEnum, SectorEnum, UnitRoleEnum } from '../../graphql/enums.js';
import { connectionTypes, Node, registerNodeEntity } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { OrgUnitEntity } from './org-unit.entity.js';

registerNodeEntity(OrgUnitEntity, 'OrgUnit');

@ObjectType('OrgUnit', {
  implements: Node,
  description:
    'A unit of the organisation tree (cơ quan, đơn vị, địa phương): party body, council, department, front or mass organisation, commune-level unit, or a former district kept for history.',
})
export class OrgUnitType extends Node {
  @Field(() => String, { description: 'Stable code from the province’s list (mã đơn vị), e.g. "BTCTU".' })
  code: string;

  @Field(() => String, { description: 'Official name (tên), in Vietnamese.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation users know (viết tắt), e.g. "BTC", "HĐND".' })
  abbreviation: string | null;

  @Field(() => OrgUnitKindEnum, { description: 'Kind of unit (loại).' })
  kind: OrgUnitKind;

  @Field(() => SectorEnum, { description: 'Field the unit works in (khối), a comparison dimension.' })
  sector: Sector;

  @Field(() => [UnitRoleEnum], { description: 'Roles in the key-task cycle (focal, advisory, consolidator, decider).' })
  roles: UnitRole[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day the unit exists; null: before the data’s horizon.',
  })
  validFrom: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day the unit exists (e.g. 2025-06-30 for districts); null: still in force.',
  })
  validTo: string | null;
}

export const { Connection: OrgUnitConnection, Edge: OrgUnitEdge } = connectionTypes(OrgUnitType, 'OrgUnit');
