import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/relay.js';
import { cadreActor } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A progress report can carry the actual value reached for each output: checked, audited, shown. */
let app: TestApp;
let task: { id: number; cadreId: number; year: number };
let outputs: Array<{ ordinal: number; name: string; unit: string | null; target: number | null }>;

beforeAll(async () => {
  app = await startTestApp();
  // A demo task being carried out whose first output has a unit, and with at least two outputs.
  [task] = await app.dataSource.query(
    `SELECT t.id, t.cadre_id AS "cadreId", c.year FROM key_task t JOIN cycle c ON c.id = t.cycle_id
      WHERE t.state IN ('PLANNED', 'IN_PROGRESS')
        AND (SELECT count(*) FROM output_product o WHERE o.key_task_id = t.id) >= 2
        AND EXISTS (SELECT 1 FROM output_product o WHERE o.key_task_id = t.id AND o.ordinal = 1 AND o.unit IS NOT NULL)
      ORDER BY t.id LIMIT 1`,
  );
  outputs = await app.dataSource.query(
    `SELECT ordinal, name, unit, target::float8 AS target FROM output_product WHERE key_task_id = $1 ORDER BY ordinal`,
    [task.id],
  );
});
afterAll(() => app.close());

const REPORT = `mutation($task: ID!, $input: ProgressInput!) {
  milestoneReport(keyTask: $task, input: $input) {
    progressReport { status outputValues { output name unit actual } }
    userErrors { code field message }
  }
}`;

const DOSSIER = `query($cadre: ID!, $year: Int!) {
  cadreDossier(cadre: $cadre, cycleYear: $year) {
    tasks { id outputs { ordinal target actual actualReportedAt } progressReports { outputValues { output actual } } }
  }
}`;

interface Report {
  milestoneReport: {
    progressReport: {
      status: string;
      outputValues: Array<{ output: number; name: string; unit: string | null; actual: number }>;
    } | null;
    userErrors: Array<{ code: string; field: string[] | null; message: string }>;
  };
}

const actor = () => cadreActor(task.cadreId, 'Cán bộ báo cáo');
const report = (actuals: unknown[]) =>
  app.graphql<Report>(
    REPORT,
    { task: toGlobalId('KeyTask', task.id), input: { status: 'ON_TRACK', note: 'Báo cáo quý.', actuals } },
    actor(),
  );

async function state() {
  const [row] = await app.dataSource.query(
    `SELECT (SELECT count(*)::int FROM progress_report WHERE key_task_id = $1) AS reports,
            (SELECT count(*)::int FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1) AS audits,
            (SELECT json_agg(actual ORDER BY ordinal) FROM output_product WHERE key_task_id = $1) AS actuals`,
    [task.id],
  );
  return row;
}

describe('progress reports with actual output values', () => {
  it('refuses a negative value, an unknown or repeated output and a foreign unit, every one at once, changing nothing', async () => {
    expect(task).toBeDefined();
    const before = await state();
    const response = await report([
      { output: 1, actual: -5 },
      { output: 99, actual: 1 },
      { output: 2, actual: 3, unit: 'tấn khác' },
      { output: 1, actual: 2, unit: outputs[0]!.unit },
    ]);
    expect(response.errors).toBeUndefined();
    const { progressReport, userErrors } = response.data!.milestoneReport;
    expect(progressReport).toBeNull();
    expect(userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_INPUT', ['actuals', '0', 'actual']],
      ['NOT_FOUND', ['actuals', '1', 'output']],
      ['INVALID_INPUT', ['actuals', '2', 'unit']],
      ['INVALID_INPUT', ['actuals', '3', 'output']],
    ]);
    expect(userErrors[1]!.message).toBe('Nhiệm vụ không có sản phẩm đầu ra số 99.');
    expect(await state()).toEqual(before);
  });

  it('records the values with the output’s name and unit, audits them, and the dossier shows the latest actual', async () => {
    const before = await state();
    const unit = outputs[0]!.unit!;
    // The unit may be typed in another case; it is recorded as the output's.
    const first = await report([
      { output: 1, actual: 12.5, unit: unit.toUpperCase() },
      { output: 2, actual: 0 },
    ]);
    expect(first.data!.milestoneReport.userErrors).toEqual([]);
    expect(first.data!.milestoneReport.progressReport!.outputValues).toEqual([
      { output: 1, name: outputs[0]!.name, unit, actual: 12.5 },
      { output: 2, name: outputs[1]!.name, unit: outputs[1]!.unit, actual: 0 },
    ]);
    const second = await report([{ output: 1, actual: 20 }]);
    expect(second.data!.milestoneReport.userErrors).toEqual([]);

    const after = await state();
    expect(after.reports).toBe(before.reports + 2);
    expect(after.audits).toBe(before.audits + 2);
    expect(after.actuals.slice(0, 2)).toEqual([20, 0]);
    const [audit] = await app.dataSource.query(
      `SELECT data FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1 AND action = 'REPORT_PROGRESS'
        ORDER BY id DESC LIMIT 1`,
      [task.id],
    );
    expect(audit.data.outputValues).toEqual([{ output: 1, name: outputs[0]!.name, unit, actual: 20 }]);

    const dossier = await app.graphql<{
      cadreDossier: {
        tasks: Array<{
          id: string;
          outputs: Array<{ ordinal: number; actual: number | null; actualReportedAt: string | null }>;
          progressReports: Array<{ outputValues: Array<{ output: number; actual: number }> }>;
        }>;
      };
    }>(DOSSIER, { cadre: toGlobalId('Cadre', task.cadreId), year: task.year });
    expect(dossier.errors).toBeUndefined();
    const shown = dossier.data!.cadreDossier.tasks.find((entry) => entry.id === toGlobalId('KeyTask', task.id))!;
    expect(shown.outputs.slice(0, 2).map((output) => output.actual)).toEqual([20, 0]);
    expect(shown.outputs[0]!.actualReportedAt).not.toBeNull();
    expect(shown.progressReports.slice(-2).map((entry) => entry.outputValues)).toEqual([
      [
        { output: 1, actual: 12.5 },
        { output: 2, actual: 0 },
      ],
      [{ output: 1, actual: 20 }],
    ]);
  });
});
