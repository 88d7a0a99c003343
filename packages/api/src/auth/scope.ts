import { ACCESS_POLICY, SENT_FOR_OPINION_STATES, accessRolesOf } from '@nvtt/shared';
import type { Actor } from './actor.js';
import { unitsInRole } from './actor.js';

/**
 * Which key tasks (and so which cadres and dossiers) an actor may read by name, as SQL can apply
 * it: every list, loader and dossier query filters with this, so an out-of-scope row is never read.
 */
export type TaskScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'some';
      readonly cadreId: number | null;
      readonly focalUnitIds: readonly number[];
      readonly advisory: boolean;
    };

export function taskScopeOf(actor: Actor | null): TaskScope {
  if (actor === null) return { kind: 'none' };
  // A token reads names only with the DOSSIERS scope (WRITE implies acting, so reading, too).
  if (actor.tokenScopes && !actor.tokenScopes.some((scope) => scope === 'DOSSIERS' || scope === 'WRITE')) {
    return { kind: 'none' };
  }
  const roles = accessRolesOf({
    isCadre: actor.cadreId !== null,
    unitRoles: actor.memberships.map((membership) => membership.role),
    globalRoles: actor.globalRoles ?? [],
  });
  const visibilities = roles.map((role) => ACCESS_POLICY[role].tasks);
  if (visibilities.includes('ALL')) return { kind: 'all' };
  const cadreId = visibilities.includes('OWN') ? actor.cadreId : null;
  const focalUnitIds = visibilities.includes('ROUTED_TO_AGENCY') ? unitsInRole(actor, 'FOCAL') : [];
  const advisory = visibilities.includes('SENT_FOR_OPINION');
  if (cadreId === null && focalUnitIds.length === 0 && !advisory) return { kind: 'none' };
  return { kind: 'some', cadreId, focalUnitIds, advisory };
}

/** A SQL condition on a key task aliased `alias`, with its parameters (named, TypeORM style). */
export function taskScopeCondition(scope: TaskScope, alias: string): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'some':
      return {
        sql: `(${alias}.cadre_id = :scopeCadre OR ${alias}.focal_unit_id = ANY(:scopeFocal) OR (:scopeAdvisory AND ${alias}.state = ANY(:scopeSent)))`,
        params: {
          scopeCadre: scope.cadreId ?? -1,
          scopeFocal: [...scope.focalUnitIds],
          scopeAdvisory: scope.advisory,
          scopeSent: [...SENT_FOR_OPINION_STATES],
        },
      };
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** The same condition with positional parameters from `$first` on, for raw SQL. */
export function taskScopeSql(scope: TaskScope, alias: string, first: number): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: [] };
    case 'none':
      return { sql: 'FALSE', params: [] };
    case 'some':
      return {
        sql: `(${alias}.cadre_id = $${first} OR ${alias}.focal_unit_id = ANY($${first + 1}) OR ($${first + 2} AND ${alias}.state = ANY($${first + 3})))`,
        params: [scope.cadreId ?? -1, [...scope.focalUnitIds], scope.advisory, [...SENT_FOR_OPINION_STATES]],
      };
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** The scope test for one task already in memory (mirrors `taskScopeCondition`). */
export function isTaskInScope(
  scope: TaskScope,
  task: { cadreId: number; focalUnitId: number; state: string },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'some':
      return (
        task.cadreId === scope.cadreId ||
        scope.focalUnitIds.includes(task.focalUnitId) ||
        (scope.advisory && (SENT_FOR_OPINION_STATES as readonly string[]).includes(task.state))
      );
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/**
 * The scope of aggregate figures: everything for roles and tokens allowed aggregates (they see no
 * names anyway), otherwise the same tasks the actor may read by name.
 */
export function aggregateScopeOf(actor: Actor | null): TaskScope {
  if (actor === null) return { kind: 'none' };
  if (actor.tokenScopes) {
    if (actor.tokenScopes.includes('AGGREGATES')) return { kind: 'all' };
  } else {
    const roles = accessRolesOf({
      isCadre: actor.cadreId !== null,
      unitRoles: actor.memberships.map((membership) => membership.role),
      globalRoles: actor.globalRoles ?? [],
    });
    if (roles.some((role) => ACCESS_POLICY[role].aggregates)) return { kind: 'all' };
  }
  return taskScopeOf(actor);
}
