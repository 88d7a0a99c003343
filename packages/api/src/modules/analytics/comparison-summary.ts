import { createHash } from 'node:crypto';
import type { TaskScope } from '../../auth/scope.js';

/**
 * The canonical key of a viewer's scope: two scopes share a key exactly when they select the same
 * tasks by the same condition, so a summary computed for one scope is never served to another.
 */
export function scopeKeyOf(scope: TaskScope): string {
  switch (scope.kind) {
    case 'all':
    case 'none':
      return scope.kind;
    case 'some': {
      const focal = [...new Set(scope.focalUnitIds)].sort((a, b) => a - b).join(',');
      return `some;cadre=${scope.cadreId ?? ''};focal=${focal};advisory=${scope.advisory}`;
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/**
 * A fingerprint of how the figures are computed: the statement's text and every parameter but the
 * years, the day asked and the key. A release that changes the SQL or a vocabulary list (the
 * outcomes counted as completed, the states sent for opinion...) never reads a summary of the old one.
 */
export function formulaOf(sql: string, params: readonly unknown[]): string {
  return createHash('sha256').update(sql).update(JSON.stringify(params)).digest('base64url').slice(0, 22);
}
