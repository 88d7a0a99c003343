import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchemaChange, formatSchemaCheck, parseAcknowledgements } from '../src/graphql/schema-compat.js';

const BASE = `
  "Reads." type Query { "A cadre." cadre(id: ID!): Cadre }
  "A cadre." type Cadre { "Name." fullName: String!, "Code." code: String! }
`;
const REMOVED_FIELD = `
  "Reads." type Query { "A cadre." cadre(id: ID!): Cadre }
  "A cadre." type Cadre { "Name." fullName: String! }
`;
const ADDITIVE = `
  "Reads." type Query { "A cadre." cadre(id: ID!): Cadre, "Cadres." cadres(first: Int): [Cadre!]! }
  "A cadre." type Cadre {
    "Name." fullName: String!
    "Code." code: String! @deprecated(reason: "Use personnelCode.")
    "Personnel code." personnelCode: String
  }
`;

describe('breaking-change check (graphql-inspector)', () => {
  it('fails on a removed field, naming it', async () => {
    const check = await checkSchemaChange(BASE, REMOVED_FIELD, []);
    expect(check.unacknowledged.map((change) => change.message)).toEqual([
      "Field 'code' was removed from object type 'Cadre'",
    ]);
    expect(formatSchemaCheck(check)).toContain('Breaking, NOT acknowledged (1)');
  });

  it('passes on an additive change with a deprecation', async () => {
    const check = await checkSchemaChange(BASE, ADDITIVE, []);
    expect(check.unacknowledged).toEqual([]);
    expect(check.safe.length).toBeGreaterThanOrEqual(3);
    expect(formatSchemaCheck(check)).toContain('No unacknowledged breaking change.');
  });

  it('passes on a breaking change once acknowledged with a reason, and reports stale acknowledgements', async () => {
    const acknowledged = parseAcknowledgements(
      JSON.stringify({
        acknowledged: [
          { message: "Field 'code' was removed from object type 'Cadre'", reason: 'Deprecated since 2026-01.' },
          { message: "Field 'gone' was removed from object type 'Cadre'", reason: 'Old.' },
        ],
      }),
    );
    const check = await checkSchemaChange(BASE, REMOVED_FIELD, acknowledged);
    expect(check.unacknowledged).toEqual([]);
    expect(check.acknowledged).toHaveLength(1);
    expect(check.unusedAcknowledgements.map((entry) => entry.reason)).toEqual(['Old.']);
  });

  it('refuses an acknowledgement without a reason', () => {
    expect(() => parseAcknowledgements(JSON.stringify({ acknowledged: [{ message: 'x' }] }))).toThrow(/reason/);
    expect(() => parseAcknowledgements(JSON.stringify({}))).toThrow(/array/);
  });

  it('passes for the committed schema against the committed baseline and acknowledgements', async () => {
    const apiDir = path.resolve(__dirname, '..');
    const check = await checkSchemaChange(
      readFileSync(path.join(apiDir, 'schema.baseline.graphql'), 'utf8'),
      readFileSync(path.join(apiDir, 'schema.graphql'), 'utf8'),
      parseAcknowledgements(readFileSync(path.join(apiDir, 'schema-breaking-acknowledged.json'), 'utf8')),
    );
    expect(formatSchemaCheck(check)).toContain('No unacknowledged breaking change.');
  });
});
