import type { DataSource } from 'typeorm';

/** One key task as it stands in the list Ban Tổ chức submits to the Standing Committee. */
export interface ConsolidatedRow {
  readonly cadreName: string;
  readonly unitName: string;
  readonly positionTitle: string;
  readonly ordinal: number;
  readonly title: string;
  readonly state: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly focalAgency: string;
  /** The focal agency's last registration appraisal, if any. */
  readonly appraisalVerdict: string | null;
  readonly appraisalComment: string | null;
  readonly outputs: ReadonlyArray<{
    ordinal: number;
    name: string;
    target: string | null;
    unit: string | null;
    dueOn: string | null;
  }>;
  readonly opinions: number;
  readonly opinionsAgree: number;
  readonly opinionsWithComments: number;
  readonly opinionsDisagree: number;
  /** The decision that assigned or rejected it, when there is one. */
  readonly decisionNumber: string | null;
  readonly decisionResult: string | null;
}

/**
 * Every task of the cycle past its draft (registered, appraised, sent for opinions, decided…), with
 * the cadre, the post it was registered for, its outputs, the focal agency's appraisal and the
 * advisory opinions at registration — one statement, ordered by unit, cadre and task number.
 */
const CONSOLIDATED_SQL = `
  SELECT c.full_name AS "cadreName", u.name AS "unitName", p.title AS "positionTitle",
         t.ordinal, t.title, t.state, t.starts_on AS "startsOn", t.ends_on AS "endsOn", f.name AS "focalAgency",
         ap.verdict AS "appraisalVerdict", ap.comment AS "appraisalComment",
         (SELECT coalesce(json_agg(json_build_object('ordinal', o.ordinal, 'name', o.name, 'target', o.target::text,
                   'unit', o.unit, 'dueOn', o.due_on) ORDER BY o.ordinal), '[]')
            FROM output_product o WHERE o.key_task_id = t.id) AS outputs,
         coalesce(op.total, 0)::int AS opinions, coalesce(op.agree, 0)::int AS "opinionsAgree",
         coalesce(op.with_comments, 0)::int AS "opinionsWithComments", coalesce(op.disagree, 0)::int AS "opinionsDisagree",
         d.document_number AS "decisionNumber", dt.result AS "decisionResult"
  FROM key_task t
  JOIN cycle y ON y.id = t.cycle_id
  JOIN cadre c ON c.id = t.cadre_id
  JOIN position p ON p.id = t.position_id
  JOIN org_unit u ON u.id = p.unit_id
  JOIN org_unit f ON f.id = t.focal_unit_id
  LEFT JOIN LATERAL (SELECT a.verdict, a.comment FROM appraisal a
                     WHERE a.key_task_id = t.id AND a.stage = 'REGISTRATION'
                     ORDER BY a.created_at DESC, a.id DESC LIMIT 1) ap ON true
  LEFT JOIN LATERAL (SELECT count(*) AS total,
                            count(*) FILTER (WHERE o.verdict = 'AGREE') AS agree,
                            count(*) FILTER (WHERE o.verdict = 'AGREE_WITH_COMMENTS') AS with_comments,
                            count(*) FILTER (WHERE o.verdict = 'DISAGREE') AS disagree
                     FROM opinion o WHERE o.key_task_id = t.id AND o.stage = 'REGISTRATION') op ON true
  LEFT JOIN assignment_decision_task dt ON dt.key_task_id = t.id
  LEFT JOIN assignment_decision d ON d.id = dt.decision_id
  WHERE y.year = $1 AND t.state <> 'DRAFT'
  ORDER BY u.name, c.full_name, c.id, t.ordinal`;

export class ConsolidatedListService {
  constructor(private readonly db: DataSource) {}

  /** The whole cycle (callers check that the reader sees every task); null when there is no such cycle. */
  async list(cycleYear: number): Promise<ConsolidatedRow[] | null> {
    const [cycle] = await this.db.query('SELECT id FROM cycle WHERE year = $1', [cycleYear]);
    if (!cycle) return null;
    return this.db.query(CONSOLIDATED_SQL, [cycleYear]);
  }
}
