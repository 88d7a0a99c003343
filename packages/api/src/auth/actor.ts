import type { StageActor, UnitRole } from '@nvtt/shared';

/** A unit the user acts for, and in which role (e.g. reviewer of a focal agency). */
export interface Membership {
  readonly unitId: number;
  readonly role: UnitRole;
}

/** Who is making a request: a user, the cadre they are (if any), and the agencies they act for. */
export interface Actor {
  readonly userId: string;
  /** Name and post as it goes into audit records and opinions, e.g. "Trần Thị B — Ban Tổ chức Tỉnh ủy". */
  readonly label: string;
  readonly cadreId: number | null;
  readonly memberships: readonly Membership[];
}

/** Units for which the actor holds a role. */
export function unitsInRole(actor: Actor, role: UnitRole): number[] {
  return actor.memberships.filter((membership) => membership.role === role).map((membership) => membership.unitId);
}

/** The workflow roles an actor plays towards one task. */
export function workflowRolesFor(actor: Actor, task: { cadreId: number; focalUnitId: number }): StageActor[] {
  const roles: StageActor[] = [];
  if (actor.cadreId !== null && actor.cadreId === task.cadreId) roles.push('CADRE');
  if (unitsInRole(actor, 'FOCAL').includes(task.focalUnitId)) roles.push('FOCAL');
  if (unitsInRole(actor, 'ADVISORY').length > 0) roles.push('ADVISORY');
  if (unitsInRole(actor, 'CONSOLIDATOR').length > 0) roles.push('CONSOLIDATOR');
  if (unitsInRole(actor, 'DECIDER').length > 0) roles.push('DECIDER');
  return roles;
}
