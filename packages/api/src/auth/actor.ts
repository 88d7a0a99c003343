import type { StageActor, TokenScope, UnitRole } from '@nvtt/shared';

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
  /** Roles not tied to a unit: read-only viewer, account administrator. */
  readonly globalRoles?: ReadonlyArray<'VIEWER' | 'ADMIN'>;
  /** Set when the request comes with an API token: what the token may do (else: a full session). */
  readonly tokenScopes?: readonly TokenScope[];
  /** The session the request belongs to, to sign out of it. */
  readonly sessionHash?: string;
}

/** Whether the actor may act (mutations): any session, or a token with the WRITE scope. */
export function mayWrite(actor: Actor): boolean {
  return actor.tokenScopes === undefined || actor.tokenScopes.includes('WRITE');
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
