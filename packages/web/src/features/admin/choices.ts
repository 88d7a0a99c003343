import type { UnitRole } from '@nvtt/shared';
import type { AccountFormChoicesQuery } from '../../gql/graphql';

export interface AgencyChoice {
  readonly value: string;
  readonly unitId: string;
  readonly role: UnitRole;
  readonly unitName: string;
}

/** Every (agency, role) pair an account can be given, one entry each, in the order of the roles. */
export function agencyChoices(data: AccountFormChoicesQuery): AgencyChoice[] {
  const groups: Array<[UnitRole, Array<{ id: string; name: string }>]> = [
    ['CONSOLIDATOR', data.consolidators.nodes],
    ['DECIDER', data.deciders.nodes],
    ['FOCAL', data.orgUnits.nodes],
    ['ADVISORY', data.advisory.nodes],
  ];
  return groups.flatMap(([role, units]) =>
    units.map((unit) => ({ value: `${unit.id}|${role}`, unitId: unit.id, role, unitName: unit.name })),
  );
}
