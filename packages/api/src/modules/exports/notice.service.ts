import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import type { DataSource } from 'typeorm';

/** What the assignment notice (thông báo giao nhiệm vụ) of one cadre and one year states. */
export interface NoticeData {
  readonly cycleYear: number;
  readonly cadreName: string;
  readonly post: string;
  /** From the Standing Committee's assignment decision, when it has been made (else a draft). */
  readonly decision: { readonly number: string; readonly signedOn: string; readonly signerLabel: string } | null;
  readonly tasks: ReadonlyArray<{
    readonly ordinal: number;
    readonly title: string;
    readonly endsOn: string | null;
    readonly focalAgency: string;
    readonly outputs: ReadonlyArray<{ name: string; target: string | null; unit: string | null; dueOn: string | null }>;
  }>;
}

/**
 * The cadre's tasks of the year that the notice covers: those the decision assigned, or before a
 * decision those still in the running (not drafts, returned, rejected or withdrawn ones). Only
 * tasks within the reader's scope are read.
 */
const NOTICE_TASKS_SQL = `
  SELECT t.ordinal, t.title, t.ends_on AS "endsOn", f.name AS "focalAgency",
         c.full_name AS "cadreName", p.title AS "positionTitle", u.name AS "unitName",
         d.document_number AS "decisionNumber", d.signed_on AS "signedOn", d.signer_label AS "signerLabel",
         (SELECT coalesce(json_agg(json_build_object('name', o.name, 'target', o.target::text, 'unit', o.unit,
                   'dueOn', o.due_on) ORDER BY o.ordinal), '[]')
            FROM output_product o WHERE o.key_task_id = t.id) AS outputs
  FROM key_task t
  JOIN cycle y ON y.id = t.cycle_id
  JOIN cadre c ON c.id = t.cadre_id
  JOIN position p ON p.id = t.position_id
  JOIN org_unit u ON u.id = p.unit_id
  JOIN org_unit f ON f.id = t.focal_unit_id
  LEFT JOIN assignment_decision_task dt ON dt.key_task_id = t.id
  LEFT JOIN assignment_decision d ON d.id = dt.decision_id
  WHERE t.cadre_id = $1 AND y.year = $2
    AND (dt.result = 'ASSIGNED' OR (dt.result IS NULL AND t.state NOT IN ('DRAFT', 'RETURNED', 'REJECTED', 'WITHDRAWN')))
    AND SCOPE
  ORDER BY t.ordinal`;

interface NoticeRow {
  ordinal: number;
  title: string;
  endsOn: string | null;
  focalAgency: string;
  cadreName: string;
  positionTitle: string;
  unitName: string;
  decisionNumber: string | null;
  signedOn: string | null;
  signerLabel: string | null;
  outputs: NoticeData['tasks'][number]['outputs'];
}

export class NoticeService {
  constructor(private readonly db: DataSource) {}

  /** Null when the reader sees none of the cadre's tasks of that year (answered as 404). */
  async load(scope: TaskScope, cadreId: number, cycleYear: number): Promise<NoticeData | null> {
    const visible = taskScopeSql(scope, 't', 3);
    const rows: NoticeRow[] = await this.db.query(NOTICE_TASKS_SQL.replace('SCOPE', visible.sql), [
      cadreId,
      cycleYear,
      ...visible.params,
    ]);
    const first = rows[0];
    if (!first) return null;
    // The latest decision among the tasks (a task assigned later, e.g. after a change, counts).
    const decided = rows
      .filter((row) => row.decisionNumber !== null && row.signedOn !== null)
      .sort((a, b) => (a.signedOn! < b.signedOn! ? 1 : -1))[0];
    return {
      cycleYear,
      cadreName: first.cadreName,
      post: `${first.positionTitle}, ${first.unitName}`,
      decision: decided
        ? { number: decided.decisionNumber!, signedOn: decided.signedOn!, signerLabel: decided.signerLabel ?? '' }
        : null,
      tasks: rows.map((row) => ({
        ordinal: row.ordinal,
        title: row.title,
        endsOn: row.endsOn,
        focalAgency: row.focalAgency,
        outputs: row.outputs,
      })),
    };
  }
}
