import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * Breaking changes to the published schema are refused unless acknowledged: other tools (the
 * province's KPI and e-office systems, analysts' notebooks) query it, and the way forward is a
 * deprecation, then a removal at a release with notice. An acknowledgement names the change by
 * graphql-inspector's message and says why it is acceptable.
 */
export interface AcknowledgedChange {
  readonly message: string;
  readonly reason: string;
}

export interface SchemaCheck {
  /** Breaking changes nobody acknowledged: the check fails on these. */
  readonly unacknowledged: readonly Change[];
  readonly acknowledged: readonly Change[];
  /** Changes that may surprise clients (a new enum value, an optional argument…): reported only. */
  readonly dangerous: readonly Change[];
  readonly safe: readonly Change[];
  /** Acknowledgements matching no change: stale, to remove (reported only). */
  readonly unusedAcknowledgements: readonly AcknowledgedChange[];
}

/** Reads the acknowledgement file's content, refusing entries without a message or a reason. */
export function parseAcknowledgements(json: string): AcknowledgedChange[] {
  const data = JSON.parse(json) as { acknowledged?: unknown };
  if (!Array.isArray(data.acknowledged)) throw new Error('"acknowledged" must be an array');
  return data.acknowledged.map((entry: unknown, index) => {
    const { message, reason } = (entry ?? {}) as { message?: unknown; reason?: unknown };
    if (typeof message !== 'string' || message.trim() === '') {
      throw new Error(`acknowledged[${index}]: "message" must be the change's message, as the check prints it`);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`acknowledged[${index}]: "reason" must say why breaking clients is acceptable`);
    }
    return { message, reason };
  });
}

/** Compares two SDL texts: what changed, and which breaking changes are not acknowledged. */
export async function checkSchemaChange(
  baseSdl: string,
  currentSdl: string,
  acknowledgements: readonly AcknowledgedChange[],
): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(baseSdl), buildSchema(currentSdl));
  const acknowledgedMessages = new Set(acknowledgements.map((entry) => entry.message));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const matched = new Set(breaking.map((change) => change.message));
  return {
    unacknowledged: breaking.filter((change) => !acknowledgedMessages.has(change.message)),
    acknowledged: breaking.filter((change) => acknowledgedMessages.has(change.message)),
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking),
    unusedAcknowledgements: acknowledgements.filter((entry) => !matched.has(entry.message)),
  };
}

/** The check's report, one change a line, for the terminal and CI logs. */
export function formatSchemaCheck(check: SchemaCheck): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`, ...items.map((item) => `  - ${item}`));
  };
  section(
    'Breaking, NOT acknowledged',
    check.unacknowledged.map((change) => change.message),
  );
  section(
    'Breaking, acknowledged',
    check.acknowledged.map((change) => change.message),
  );
  section(
    'Dangerous',
    check.dangerous.map((change) => change.message),
  );
  section(
    'Safe',
    check.safe.map((change) => change.message),
  );
  section(
    'Unused acknowledgements (remove them)',
    check.unusedAcknowledgements.map((entry) => entry.message),
  );
  if (check.unacknowledged.length > 0) {
    lines.push(
      '',
      'The schema breaks existing clients. Prefer a deprecation (@deprecated via TypeGraphQL `deprecationReason`)',
      'and keep the old field; if the break is intended, add each message above with a reason to',
      'packages/api/schema-breaking-acknowledged.json.',
    );
  } else {
    lines.push('No unacknowledged breaking change.');
  }
  return lines.join('\n');
}
